namespace Habeas.Core.Store.Rows;

/// <summary>A signed checkpoint (C2SP signed note of a tlog-checkpoint body). All are kept.</summary>
public sealed class CheckpointRow
{
    public long TreeSize { get; set; }

    /// <summary>The whole signed note, as published.</summary>
    public required string Note { get; set; }

    /// <summary>When it was signed, Unix milliseconds UTC.</summary>
    public long SignedAt { get; set; }
}
