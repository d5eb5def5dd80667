namespace Habeas.Domain.Rules;

/// <summary>
/// What a rule found: the rule, the person, the act (event or proposal), the facts used (event ids), one sentence a
/// lawyer would accept, and the citations. <see cref="Id"/> is stable: the same log always yields the same ids.
/// </summary>
public sealed record Finding
{
    public required string Rule { get; init; }

    public required Severity Severity { get; init; }

    public required string Person { get; init; }

    /// <summary>The event id (or request id) the finding is about.</summary>
    public required string Subject { get; init; }

    /// <summary>The event's sequence, for an observed act or a standing state.</summary>
    public long? Sequence { get; init; }

    /// <summary>The valid time of the act, as recorded.</summary>
    public string? OccurredAt { get; init; }

    public required string Reason { get; init; }

    /// <summary>The events the finding rests on, by id.</summary>
    public required IReadOnlyList<string> Facts { get; init; }

    public required IReadOnlyList<string> Citations { get; init; }

    /// <summary>True when the precision of the times left the order of events in doubt and the rule resolved it for the protection.</summary>
    public bool Uncertain { get; init; }

    /// <summary>
    /// What the finding is about when a rule can find more than one thing wrong with the same act (a late notice and one
    /// in the wrong language; two stays): an instrument or order id, or a short name. Part of <see cref="Id"/>.
    /// </summary>
    public string? Aspect { get; init; }

    /// <summary><c>{rule}/{person}/{subject}</c>, then <c>/{aspect}</c> when there is one: unique in an audit, and stable.</summary>
    public string Id => Aspect is null ? $"{Rule}/{Person}/{Subject}" : $"{Rule}/{Person}/{Subject}/{Aspect}";
}
