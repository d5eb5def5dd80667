namespace Habeas.Ledger;

/// <summary>
/// A tile of a C2SP tlog-tiles log: tile level <c>L</c> holds consecutive hashes of tree level <c>8L</c>, so
/// tile <c>(L, N)</c> covers the hashes <c>N·256 … N·256 + Width − 1</c> of that tree level.
/// </summary>
/// <param name="Level">The tile level, 0 to 63 (tree level <c>8·Level</c>).</param>
/// <param name="Index">The tile's index within its level, from 0.</param>
/// <param name="Width">How many hashes it holds: 256 for a full tile, 1 to 255 for a partial one.</param>
/// <exception cref="ArgumentOutOfRangeException">A component is outside its range.</exception>
public readonly record struct TileId(int Level, long Index, int Width)
{
    /// <summary>The tile level, 0 to 63 (tree level <c>8·Level</c>).</summary>
    public int Level { get; init => field = CheckLevel(value, nameof(Level)); } = CheckLevel(Level, nameof(Level));

    /// <summary>The tile's index within its level, from 0.</summary>
    public long Index { get; init => field = CheckIndex(value, nameof(Index)); } = CheckIndex(Index, nameof(Index));

    /// <summary>How many hashes it holds: 256 for a full tile, 1 to 255 for a partial one.</summary>
    public int Width { get; init => field = CheckWidth(value, nameof(Width)); } = CheckWidth(Width, nameof(Width));

    /// <summary>Whether the tile holds all 256 hashes (and may therefore be hashed into the level above).</summary>
    public bool IsFull => Width == Tiles.FullWidth;

    private static int CheckLevel(int level, string paramName) =>
        level is >= 0 and <= 63 ? level : throw new ArgumentOutOfRangeException(paramName, level, "A tile level is 0 to 63 (C2SP tlog-tiles).");

    private static long CheckIndex(long index, string paramName) =>
        index >= 0 ? index : throw new ArgumentOutOfRangeException(paramName, index, "A tile index is non-negative.");

    private static int CheckWidth(int width, string paramName) =>
        width is >= 1 and <= Tiles.FullWidth ? width : throw new ArgumentOutOfRangeException(paramName, width, "A tile holds 1 to 256 hashes (C2SP tlog-tiles).");
}
