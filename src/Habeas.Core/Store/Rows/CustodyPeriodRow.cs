namespace Habeas.Core.Store.Rows;

/// <summary>
/// A span of valid time during which a person was held (or in transit, or unaccounted for) by one legal custodian
/// at one place (projection). Times are Unix milliseconds UTC; <see cref="UntilAt"/> null means still open.
/// </summary>
public sealed class CustodyPeriodRow
{
    /// <summary>The sequence of the event that opened the period (one event opens at most one period).</summary>
    public long FromSequence { get; set; }

    public required string PersonId { get; set; }

    /// <summary>held, in_transit or unaccounted.</summary>
    public required string Status { get; set; }

    public string? FacilityId { get; set; }

    public string? Country { get; set; }

    /// <summary>The legal custodian.</summary>
    public string? Authority { get; set; }

    public string? Basis { get; set; }

    public string? Transport { get; set; }

    /// <summary>Where the person was held before a removal, so a halted removal can put them back.</summary>
    public string? OriginFacilityId { get; set; }

    public long FromAt { get; set; }

    /// <summary>The valid time as the source wrote it (keeps the precision).</summary>
    public required string FromText { get; set; }

    public long? UntilAt { get; set; }

    public string? UntilText { get; set; }

    public long? UntilSequence { get; set; }
}
