namespace Habeas.Ledger;

/// <summary>
/// The right edge of a growing RFC 6962 tree (a "compact range"): the hashes of the perfect subtrees that
/// make up the first <see cref="Size"/> leaves, largest first, at most one per level. Appending a leaf
/// completes zero or more parents; those new nodes are what storage must keep, and the edge alone yields the
/// root (RFC 6962 §2.1). Memory is O(log n).
/// </summary>
/// <remarks>Not thread-safe. Hash arrays it returns are also the ones it keeps: do not modify them.</remarks>
public sealed class TreeBuilder
{
    // Perfect subtrees of [0, Size), left to right, strictly decreasing in level.
    private readonly List<(NodeId Node, byte[] Hash)> _edge = [];

    /// <summary>An empty tree.</summary>
    public TreeBuilder()
    {
    }

    /// <summary>The number of leaves appended so far.</summary>
    public long Size { get; private set; }

    /// <summary>
    /// Continues a tree of <paramref name="size"/> leaves from the stored hashes of its perfect subtrees
    /// (one read per set bit of <paramref name="size"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    /// <exception cref="InvalidDataException">The reader returned a hash that is not 32 bytes.</exception>
    public static TreeBuilder Resume(long size, IHashReader reader)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentNullException.ThrowIfNull(reader);
        var builder = new TreeBuilder { Size = size };
        long start = 0;
        for (var level = 62; level >= 0; level--)
        {
            if ((size & (1L << level)) != 0)
            {
                var node = new NodeId(level, start >> level);
                builder._edge.Add((node, (byte[])MerkleTree.Read(reader, node).Clone()));
                start += 1L << level;
            }
        }

        return builder;
    }

    /// <summary>
    /// A builder of the same tree that then grows on its own (for another thread to hash ahead). The edge's hash
    /// arrays are shared: neither builder modifies them.
    /// </summary>
    public TreeBuilder Copy()
    {
        var copy = new TreeBuilder { Size = Size };
        copy._edge.AddRange(_edge);
        return copy;
    }

    /// <summary>
    /// Appends the leaf hash of entry <see cref="Size"/> (0-based) and returns every node this completes: the
    /// leaf itself at <c>(0, index)</c> first, then each parent it completes, bottom-up.
    /// </summary>
    /// <param name="leafHash">The entry's leaf hash, <c>SHA-256(0x00 ‖ entry)</c> (<see cref="TreeHash.Leaf(ReadOnlySpan{byte})"/>). Copied.</param>
    /// <exception cref="ArgumentException"><paramref name="leafHash"/> is not 32 bytes.</exception>
    /// <exception cref="InvalidOperationException">The tree already holds 2^63 − 1 leaves.</exception>
    public IReadOnlyList<(NodeId Node, byte[] Hash)> Append(byte[] leafHash)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        if (leafHash.Length != TreeHash.Size)
        {
            throw new ArgumentException($"A leaf hash is {TreeHash.Size} bytes; got {leafHash.Length}.", nameof(leafHash));
        }

        if (Size == long.MaxValue)
        {
            throw new InvalidOperationException("The tree is full.");
        }

        var leaf = (new NodeId(0, Size), (byte[])leafHash.Clone());
        var completed = new List<(NodeId Node, byte[] Hash)>(2) { leaf };
        _edge.Add(leaf);

        // Two subtrees of equal height side by side are the children of a now-complete parent.
        while (_edge.Count >= 2 && _edge[^1].Node.Level == _edge[^2].Node.Level)
        {
            var (_, rightHash) = _edge[^1];
            var (left, leftHash) = _edge[^2];
            _edge.RemoveRange(_edge.Count - 2, 2);
            var parent = (new NodeId(left.Level + 1, left.Index >> 1), TreeHash.Node(leftHash, rightHash));
            _edge.Add(parent);
            completed.Add(parent);
        }

        Size++;
        return completed;
    }

    /// <summary>MTH(D[0:Size]), from the edge alone (RFC 6962 §2.1).</summary>
    /// <returns>A fresh 32-byte array; <see cref="TreeHash.Empty"/> when <see cref="Size"/> is 0.</returns>
    public byte[] Root()
    {
        if (_edge.Count == 0)
        {
            return TreeHash.Empty;
        }

        // The smallest subtree is the rightmost; each larger one to its left becomes the left child.
        var root = (byte[])_edge[^1].Hash.Clone();
        for (var i = _edge.Count - 2; i >= 0; i--)
        {
            TreeHash.Node(_edge[i].Hash, root, root);
        }

        return root;
    }
}
