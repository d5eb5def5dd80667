using System.Data.Common;
using System.Globalization;
using Habeas.Core.Store;
using Habeas.Ledger;

namespace Habeas.Core.Ledger;

/// <summary>
/// The log's hashes, stored as C2SP tlog-tiles (tile level L holds tree level 8L, 256 hashes a tile) in the
/// registry's database. Reads any perfect subtree's hash (levels between multiples of 8 are computed from the
/// tile below, at most 127 node hashes); writes the right-edge tiles a batch changed, once, at its end. Tiles
/// read are cached for the store's lifetime, so proofs over a warm store cost a few dictionary look-ups.
/// </summary>
internal sealed class TileStore : IHashReader, IDisposable
{
    private readonly Dictionary<(int Level, long Index), Tile> _tiles = [];
    private readonly HashSet<(int Level, long Index)> _dirty = [];
    private readonly Statement _read;
    private readonly Statement? _write;

    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The transaction reads and writes belong to, if any.</param>
    /// <param name="writable">True for an append (inside <paramref name="transaction"/>); false to read only.</param>
    public TileStore(DbConnection connection, DbTransaction? transaction, bool writable)
    {
        _read = new Statement(connection, transaction, "SELECT width, hashes FROM ledger_tiles WHERE level = @l AND \"index\" = @i", Sql.Int("@l"), Sql.Long("@i"));
        if (writable)
        {
            _write = new Statement(connection, transaction,
                "INSERT INTO ledger_tiles (level, \"index\", width, hashes) VALUES (@l, @i, @w, @h) " +
                "ON CONFLICT (level, \"index\") DO UPDATE SET width = excluded.width, hashes = excluded.hashes",
                Sql.Int("@l"), Sql.Long("@i"), Sql.Int("@w"), Sql.Bytes("@h"));
        }
    }

    /// <summary>The hash of a perfect subtree (RFC 6962), from the tiles.</summary>
    public byte[] Read(NodeId node)
    {
        var tileLevel = node.Level / Tiles.Height;
        var below = node.Level % Tiles.Height;
        var first = node.Index << below;
        var count = 1 << below;
        var tile = Get(tileLevel, first / Tiles.FullWidth)
            ?? throw new InvalidOperationException($"The log has no tile for node ({node.Level}, {node.Index}): the tiles are missing or the tree is smaller.");
        var offset = (int)(first % Tiles.FullWidth);
        if (offset + count > tile.Width)
        {
            throw new InvalidOperationException($"Node ({node.Level}, {node.Index}) is beyond the stored tile {tileLevel}/{first / Tiles.FullWidth} (width {tile.Width}).");
        }

        return tile.Subtree(below, offset >> below);
    }

    /// <summary>Records a node the append completed, when its level is one tiles keep (a multiple of 8).</summary>
    public void Put(NodeId node, byte[] hash)
    {
        if (node.Level % Tiles.Height != 0)
        {
            return;
        }

        var key = (node.Level / Tiles.Height, node.Index / Tiles.FullWidth);
        var tile = Get(key.Item1, key.Item2) ?? new Tile(0, new byte[Tiles.FullWidth * TreeHash.Size]);
        var offset = (int)(node.Index % Tiles.FullWidth);
        if (offset != tile.Width)
        {
            throw new InvalidOperationException($"Tile {key.Item1}/{key.Item2} has width {tile.Width}; node {node.Index} cannot be appended at {offset}.");
        }

        tile.Add(hash);
        _tiles[key] = tile;
        _dirty.Add(key);
    }

    /// <summary>Writes every tile changed since the last flush (inside the append's transaction).</summary>
    public void Flush()
    {
        if (_write is null)
        {
            throw new InvalidOperationException("This tile store was opened for reading.");
        }

        foreach (var key in _dirty.Order())
        {
            var tile = _tiles[key];
            _write.Execute(key.Level, key.Index, tile.Width, tile.Data.AsSpan(0, tile.Width * TreeHash.Size).ToArray());
        }

        _dirty.Clear();
    }

    /// <summary>The stored tile's published bytes (width × 32), or null.</summary>
    public (int Width, byte[] Data)? Published(int level, long index) =>
        Get(level, index) is { } t ? (t.Width, t.Data.AsSpan(0, t.Width * TreeHash.Size).ToArray()) : null;

    public void Dispose()
    {
        _read.Dispose();
        _write?.Dispose();
    }

    private Tile? Get(int level, long index)
    {
        if (_tiles.TryGetValue((level, index), out var tile))
        {
            return tile;
        }

        using var reader = _read.Query(level, index);
        if (!reader.Read())
        {
            return null;
        }

        var width = reader.GetInt32(0);
        var data = new byte[Tiles.FullWidth * TreeHash.Size];
        ((byte[])reader.GetValue(1)).CopyTo(data, 0);
        tile = new Tile(width, data);
        _tiles[(level, index)] = tile;
        return tile;
    }

    /// <summary>
    /// One tile's hashes, with the subtrees within it computed once on demand (a subtree asked for is complete,
    /// so what is cached stays right as the tile grows).
    /// </summary>
    private sealed class Tile(int width, byte[] data)
    {
        private Dictionary<(int Below, int Index), byte[]>? _subtrees;

        public int Width { get; private set; } = width;

        public byte[] Data { get; } = data;

        public void Add(byte[] hash)
        {
            hash.CopyTo(Data, Width * TreeHash.Size);
            Width++;
        }

        public byte[] Subtree(int below, int index)
        {
            if (below == 0)
            {
                return Data.AsSpan(index * TreeHash.Size, TreeHash.Size).ToArray();
            }

            _subtrees ??= [];
            if (!_subtrees.TryGetValue((below, index), out var hash))
            {
                hash = TreeHash.Node(Subtree(below - 1, 2 * index), Subtree(below - 1, (2 * index) + 1));
                _subtrees[(below, index)] = hash;
            }

            return hash;
        }
    }
}
