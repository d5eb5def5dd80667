using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// A fact of the public data format v1, as one past-tense record. The registry never changes or deletes one:
/// corrections, merges and erasures are events too (DESIGN.md, invariant 1).
/// </summary>
public abstract record RegistryEvent
{
    /// <summary>The <c>type</c> string of the data format (<c>custody.began</c>).</summary>
    public abstract string Type { get; }

    /// <summary>The event id the source gave, if any; the registry assigns one otherwise.</summary>
    public string? Id { get; init; }

    /// <summary>Valid time: when it happened. Only facility and person records may leave it out.</summary>
    public TimeValue? OccurredAt { get; init; }

    public EventSource? Source { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Confirmed;

    /// <summary>The IANA time zone in which coarse times of this event are read.</summary>
    public string? Tz { get; init; }

    /// <summary>Free text for people; never read by rules.</summary>
    public string? Note { get; init; }

    /// <summary>The one person this event is about, when there is exactly one.</summary>
    public virtual PersonId? Subject => null;
}
