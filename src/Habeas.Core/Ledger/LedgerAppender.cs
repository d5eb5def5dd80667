using System.Data.Common;
using Habeas.Core.Store;
using Habeas.Ledger;

namespace Habeas.Core.Ledger;

/// <summary>
/// Appends each event's leaf to the Merkle log inside the append's transaction: the leaf hash over the
/// commitment (salted when the line was read, <see cref="Recording.ParsedLine"/>), and the perfect subtrees it completes (kept in tiles, written once at the batch's end). At the
/// end it signs a checkpoint of the new tree, stored in the same transaction.
/// </summary>
internal sealed class LedgerAppender : IDisposable
{
    private readonly DbTransaction _transaction;
    private readonly TileStore _tiles;
    private TreeBuilder _tree;

    public LedgerAppender(DbConnection connection, DbTransaction transaction, long size)
    {
        _transaction = transaction;
        _tiles = new TileStore(connection, transaction, writable: true);
        _tree = size == 0 ? new TreeBuilder() : TreeBuilder.Resume(size, _tiles);
        Size = size;
    }

    public long Size { get; private set; }

    /// <summary>The tree as it stands, for the reading thread to grow its own copy ahead of this one.</summary>
    public TreeBuilder CopyOfTree() => Tree().Copy();

    /// <summary>Adds the leaf of the event at <paramref name="sequence"/>, whose commitment was computed when its line was read.</summary>
    /// <param name="sequence">The event's sequence.</param>
    /// <param name="type">The event's type.</param>
    /// <param name="commitment">SHA-256(salt ‖ content).</param>
    /// <param name="leafHash">The leaf hash, if already computed for <paramref name="sequence"/>.</param>
    /// <param name="nodes">
    /// Every node the leaf completes, if already computed for <paramref name="sequence"/> on a copy of this tree
    /// (<see cref="CopyOfTree"/>) that grew by the same leaves.
    /// </param>
    public void Append(long sequence, string type, byte[] commitment, byte[]? leafHash = null, IReadOnlyList<(NodeId Node, byte[] Hash)>? nodes = null)
    {
        if (sequence != Size + 1)
        {
            throw new InvalidOperationException($"The log holds {Size} leaves; event {sequence} cannot be its next.");
        }

        foreach (var (node, hash) in nodes ?? Tree().Append(leafHash ?? TreeHash.Leaf(LeafFormat.Leaf(sequence, type, commitment))))
        {
            _tiles.Put(node, hash);
        }

        Size++;
    }

    /// <summary>Writes the changed tiles and, when a key is given, signs and stores a checkpoint of the tree.</summary>
    public string? Finish(NoteSigner? signer, string? origin, long signedAt)
    {
        _tiles.Flush();
        if (signer is null)
        {
            return null;
        }

        var note = Checkpoints.Sign(signer, origin ?? signer.Name, Size, Tree().Root());
        Checkpoints.Store(_transaction, Size, note, signedAt);
        return note;
    }

    public void Dispose() => _tiles.Dispose();

    /// <summary>The tree at <see cref="Size"/>: after leaves appended with their nodes computed elsewhere, its edge is read back from the tiles.</summary>
    private TreeBuilder Tree()
    {
        if (_tree.Size != Size)
        {
            _tree = TreeBuilder.Resume(Size, _tiles);
        }

        return _tree;
    }
}
