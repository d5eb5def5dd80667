namespace Habeas.Core.Store.Rows;

/// <summary>
/// One C2SP tlog-tiles hash tile: tile level <see cref="Level"/> holds the hashes of tree level 8×Level, 256 a
/// tile; <see cref="Hashes"/> is the tile's bytes as published (Width × 32). The right-edge tiles grow as the log
/// does; a full tile never changes again.
/// </summary>
public sealed class LedgerTileRow
{
    public int Level { get; set; }

    public long Index { get; set; }

    public int Width { get; set; }

    public required byte[] Hashes { get; set; }
}
