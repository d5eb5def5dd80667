namespace Habeas.Core.Store.Rows;

/// <summary>A requested transfer and its decision (projection).</summary>
public sealed class TransferRequestRow
{
    public required string RequestId { get; set; }

    public string? FromFacilityId { get; set; }

    public string? ToFacilityId { get; set; }

    public string? Country { get; set; }

    public string? PlannedFor { get; set; }

    public string? Authority { get; set; }

    public string? Basis { get; set; }

    /// <summary>Null while pending; approved or refused.</summary>
    public string? Decision { get; set; }

    public long Sequence { get; set; }

    public long? DecidedSequence { get; set; }
}
