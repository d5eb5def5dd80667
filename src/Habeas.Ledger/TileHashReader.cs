namespace Habeas.Ledger;

/// <summary>
/// Reads perfect-subtree hashes from the C2SP tiles of a tree of a known size, e.g. tiles fetched from a
/// mirror: a node of tree level <c>8L + k</c> is recomputed from <c>2^k</c> consecutive hashes of tile level
/// <c>L</c> (C2SP tlog-tiles: "the Merkle Tree levels between those expressed by the tile hashes are
/// reconstructed by hashing"). Each tile is fetched at the width it has in that tree, at most once.
/// </summary>
/// <remarks>Not thread-safe (it caches the tiles it has read).</remarks>
public sealed class TileHashReader : IHashReader
{
    private readonly long _treeSize;
    private readonly Func<TileId, byte[]> _readTile;
    private readonly Dictionary<TileId, byte[]> _tiles = [];

    /// <summary>A reader over the tiles of a tree of <paramref name="treeSize"/> leaves.</summary>
    /// <param name="treeSize">The tree size the tiles were published for (it fixes the partial tiles' widths).</param>
    /// <param name="readTile">Fetches a tile's bytes (<c>Width × 32</c>); throws if it is unavailable.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="treeSize"/> is negative.</exception>
    public TileHashReader(long treeSize, Func<TileId, byte[]> readTile)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        ArgumentNullException.ThrowIfNull(readTile);
        _treeSize = treeSize;
        _readTile = readTile;
    }

    /// <summary>The hash of a complete perfect subtree of the tree.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The subtree is not complete in a tree of this size.</exception>
    /// <exception cref="InvalidDataException">A tile has the wrong length for its width.</exception>
    public byte[] Read(NodeId node)
    {
        var tileLevel = node.Level / Tiles.Height;
        var below = node.Level % Tiles.Height;
        var first = node.Index << below;
        var count = 1 << below;
        if (node.FirstLeaf > _treeSize - node.LeafCount)
        {
            throw new ArgumentOutOfRangeException(nameof(node), $"Node (level {node.Level}, index {node.Index}) is not complete in a tree of {_treeSize} leaves.");
        }

        var tile = Tiles.Containing(tileLevel, first, _treeSize);
        var data = Fetch(tile);
        var offset = (int)(first % Tiles.FullWidth);
        var hashes = data.AsSpan(offset * TreeHash.Size, count * TreeHash.Size);
        return count == 1 ? hashes.ToArray() : MerkleTree.PerfectRoot(hashes);
    }

    private byte[] Fetch(TileId tile)
    {
        if (!_tiles.TryGetValue(tile, out var data))
        {
            data = _readTile(tile);
            if (data is null || data.Length != tile.Width * TreeHash.Size)
            {
                throw new InvalidDataException($"Tile {Tiles.Path(tile)} has {data?.Length ?? 0} bytes; a tile of {tile.Width} hashes has {tile.Width * TreeHash.Size}.");
            }

            _tiles[tile] = data;
        }

        return data;
    }
}
