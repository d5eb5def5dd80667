using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// One act judged by the rules, for one person: an observed event (<see cref="Observed"/>) or a proposed one (a
/// transfer request, a manifest screened). <see cref="Destination"/> is the country the person ends up in;
/// <see cref="To"/> the facility, when known.
/// </summary>
public sealed record Move
{
    public required MoveKind Kind { get; init; }

    public required string Person { get; init; }

    /// <summary>When it happened or is planned (valid time).</summary>
    public required TimeValue At { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public required CountryCode Destination { get; init; }

    /// <summary>The legal custodian acting.</summary>
    public string? Authority { get; init; }

    /// <summary>The legal basis of a removal.</summary>
    public RemovalBasis? RemovalBasis { get; init; }

    /// <summary>The basis of custody (book-in, transfer).</summary>
    public CustodyBasis? CustodyBasis { get; init; }

    /// <summary>The recorded event, when the act happened; null for a proposal.</summary>
    public RecordedFact? Observed { get; init; }

    /// <summary>The request or screening the act is proposed by (a request id, or <c>screen:row-N</c>).</summary>
    public string? Proposal { get; init; }

    /// <summary>How many persons the same act moves into <see cref="To"/> at once (a request or a manifest).</summary>
    public int Arriving { get; init; } = 1;

    /// <summary>True when the person leaves the United States (removal, or a facility abroad).</summary>
    public bool Abroad => Destination != CountryCode.UnitedStates;

    /// <summary>What findings name as the act: the event id, or the proposal.</summary>
    public string Subject => Observed?.Id ?? Proposal ?? "proposal";
}
