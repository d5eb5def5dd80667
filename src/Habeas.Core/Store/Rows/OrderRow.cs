namespace Habeas.Core.Store.Rows;

/// <summary>A court order and its standing (projection). <see cref="Requires"/> is the JSON list in force.</summary>
public sealed class OrderRow
{
    public required string OrderId { get; set; }

    public string? Court { get; set; }

    public string? Case { get; set; }

    public string? IssuedAt { get; set; }

    public required string Requires { get; set; }

    public string? Scope { get; set; }

    /// <summary>issued, stayed or vacated.</summary>
    public required string Status { get; set; }

    public long Sequence { get; set; }

    public long LastSequence { get; set; }
}
