using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Habeas.Ledger;

/// <summary>
/// The static layout of a C2SP tlog-tiles log: tile and entry-bundle paths, the set of tiles a tree of a given
/// size publishes, tile contents, and entry bundles.
/// </summary>
/// <remarks>
/// A tile at level <c>L</c> holds up to 256 consecutive hashes of tree level <c>8L</c>; the levels in between
/// are recomputed by hashing (C2SP tlog-tiles, "Merkle Tree"). The right-most tiles of a tree are partial
/// (1–255 hashes) and are never hashed into the level above ("Partial Tiles").
/// </remarks>
public static class Tiles
{
    /// <summary>The tree levels one tile spans: tile level L holds tree level 8L.</summary>
    public const int Height = 8;

    /// <summary>The number of hashes in a full tile (8,192 bytes).</summary>
    public const int FullWidth = 256;

    private const int LengthPrefix = 2;

    /// <summary>
    /// The tile's path, <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>, with N in zero-padded 3-digit groups, all but the last
    /// prefixed with <c>x</c>: e.g. <c>tile/0/x001/x234/067</c>, partial <c>tile/0/x001/x234/067.p/5</c>.
    /// </summary>
    public static string Path(TileId tile) =>
        string.Create(CultureInfo.InvariantCulture, $"tile/{tile.Level}/{EncodeIndex(tile.Index)}{WidthSuffix(tile.Width)}");

    /// <summary>The entry bundle's path, <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c> (the level-0 tile's N and W).</summary>
    /// <param name="index">The bundle index (entries <c>index·256</c> onwards), from 0.</param>
    /// <param name="width">The number of entries it holds, 1 to 256.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or <paramref name="width"/> is outside 1–256.</exception>
    public static string EntriesPath(long index, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, FullWidth);
        return "tile/entries/" + EncodeIndex(index) + WidthSuffix(width);
    }

    /// <summary>
    /// Every tile a tree of <paramref name="size"/> leaves publishes, by level then index: the full tiles and,
    /// at each level where the hash count is not a multiple of 256, one partial tile of <c>floor(size / 256^L) mod 256</c> hashes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    public static IReadOnlyList<TileId> ForTree(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var tiles = new List<TileId>();
        for (var level = 0; level * Height < 63; level++)
        {
            var hashes = size >> (level * Height);
            if (hashes == 0)
            {
                break;
            }

            var full = hashes / FullWidth;
            for (long i = 0; i < full; i++)
            {
                tiles.Add(new TileId(level, i, FullWidth));
            }

            if (hashes % FullWidth != 0)
            {
                tiles.Add(new TileId(level, full, (int)(hashes % FullWidth)));
            }
        }

        return tiles;
    }

    /// <summary>
    /// The tile of level <paramref name="level"/> that holds hash <paramref name="index"/> of tree level
    /// <c>8·level</c>, at the width it has in a tree of <paramref name="treeSize"/> leaves.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The tree has no such hash.</exception>
    public static TileId Containing(int level, long index, long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 7);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var hashes = treeSize >> (level * Height);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, hashes);
        var tile = index / FullWidth;
        return new TileId(level, tile, (int)Math.Min(FullWidth, hashes - (tile * FullWidth)));
    }

    /// <summary>
    /// The contents of a tile: its <see cref="TileId.Width"/> hashes of tree level <c>8·Level</c>, 32 bytes each,
    /// concatenated in order, read from stored perfect subtrees.
    /// </summary>
    /// <exception cref="InvalidDataException">The reader returned a hash that is not 32 bytes.</exception>
    public static byte[] Read(TileId tile, IHashReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var treeLevel = tile.Level * Height;
        if (treeLevel > 62)
        {
            throw new ArgumentOutOfRangeException(nameof(tile), "A log of at most 2^63 − 1 leaves has no tiles above level 7.");
        }

        var data = new byte[tile.Width * TreeHash.Size];
        for (var i = 0; i < tile.Width; i++)
        {
            var hash = MerkleTree.Read(reader, new NodeId(treeLevel, (tile.Index * FullWidth) + i));
            hash.CopyTo(data, i * TreeHash.Size);
        }

        return data;
    }

    /// <summary>
    /// A C2SP entry bundle: each entry as a big-endian uint16 length followed by its bytes, in order.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is null or longer than 65,535 bytes.</exception>
    public static byte[] EntryBundle(IEnumerable<byte[]> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var bundle = new MemoryStream();
        Span<byte> prefix = stackalloc byte[LengthPrefix];
        foreach (var entry in entries)
        {
            if (entry is null || entry.Length > ushort.MaxValue)
            {
                throw new ArgumentException("Each entry of a bundle is 0 to 65,535 bytes.", nameof(entries));
            }

            BinaryPrimitives.WriteUInt16BigEndian(prefix, (ushort)entry.Length);
            bundle.Write(prefix);
            bundle.Write(entry);
        }

        return bundle.ToArray();
    }

    /// <summary>Splits a C2SP entry bundle into its entries.</summary>
    /// <exception cref="FormatException">The bundle ends inside a length prefix or an entry.</exception>
    public static IReadOnlyList<byte[]> ParseEntryBundle(ReadOnlySpan<byte> bundle)
    {
        var entries = new List<byte[]>();
        while (!bundle.IsEmpty)
        {
            if (bundle.Length < LengthPrefix)
            {
                throw new FormatException("The entry bundle ends inside a length prefix.");
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(bundle);
            if (bundle.Length < LengthPrefix + length)
            {
                throw new FormatException($"The entry bundle ends inside entry {entries.Count}.");
            }

            entries.Add(bundle.Slice(LengthPrefix, length).ToArray());
            bundle = bundle[(LengthPrefix + length)..];
        }

        return entries;
    }

    // 1234067 → "x001/x234/067" (C2SP tlog-tiles: zero-padded 3-digit elements, all but the last prefixed "x").
    private static string EncodeIndex(long index)
    {
        var groups = new Stack<long>();
        do
        {
            groups.Push(index % 1000);
            index /= 1000;
        }
        while (index > 0);

        var path = new StringBuilder();
        while (groups.Count > 0)
        {
            var group = groups.Pop();
            path.Append(groups.Count > 0 ? "x" : string.Empty).Append(group.ToString("D3", CultureInfo.InvariantCulture));
            if (groups.Count > 0)
            {
                path.Append('/');
            }
        }

        return path.ToString();
    }

    private static string WidthSuffix(int width) =>
        width == FullWidth ? string.Empty : ".p/" + width.ToString(CultureInfo.InvariantCulture);
}
