namespace Habeas.Core.Store.Rows;

/// <summary>A legal instrument and whether it has ended (projection). Lists and scopes are JSON.</summary>
public sealed class InstrumentRow
{
    public required string InstrumentId { get; set; }

    public string? PersonId { get; set; }

    public string? Scope { get; set; }

    public required string Kind { get; set; }

    public required string Countries { get; set; }

    public string? Issuer { get; set; }

    public string? Case { get; set; }

    public string? IssuedAt { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? EffectiveUntil { get; set; }

    public long Sequence { get; set; }

    public long? EndedSequence { get; set; }

    public string? EndReason { get; set; }

    public string? EndedAt { get; set; }
}
