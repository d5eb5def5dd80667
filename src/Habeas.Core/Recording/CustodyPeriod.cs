namespace Habeas.Core.Recording;

/// <summary>
/// A span of valid time in one custodial situation: the value the custody fold produces and the
/// <c>custody_periods</c> projection stores. Times are Unix milliseconds UTC; <see cref="UntilAt"/> null = open.
/// </summary>
internal sealed record CustodyPeriod
{
    public required long FromSequence { get; init; }

    public required string PersonId { get; init; }

    public required string Status { get; init; }

    public string? FacilityId { get; init; }

    public string? Country { get; init; }

    /// <summary>The legal custodian.</summary>
    public string? Authority { get; init; }

    public string? Basis { get; init; }

    public string? Transport { get; init; }

    public string? OriginFacilityId { get; init; }

    public required long FromAt { get; init; }

    public required string FromText { get; init; }

    public long? UntilAt { get; init; }

    public string? UntilText { get; init; }

    public long? UntilSequence { get; init; }
}
