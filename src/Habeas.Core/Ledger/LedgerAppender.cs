using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Habeas.Core.Store;
using Habeas.Ledger;

namespace Habeas.Core.Ledger;

/// <summary>
/// Appends each event's leaf to the Merkle log inside the append's transaction: a fresh salt, the commitment,
/// the leaf hash, and the perfect subtrees it completes (kept in tiles, written once at the batch's end). At the
/// end it signs a checkpoint of the new tree, stored in the same transaction.
/// </summary>
internal sealed class LedgerAppender : IDisposable
{
    private const int SaltBatch = 1024;
    private readonly DbTransaction _transaction;
    private readonly TileStore _tiles;
    private readonly TreeBuilder _tree;
    private readonly byte[] _salts = new byte[LeafFormat.SaltSize * SaltBatch];
    private int _saltsUsed = SaltBatch;

    public LedgerAppender(DbConnection connection, DbTransaction transaction, long size)
    {
        _transaction = transaction;
        _tiles = new TileStore(connection, transaction);
        _tree = size == 0 ? new TreeBuilder() : TreeBuilder.Resume(size, _tiles);
    }

    public long Size => _tree.Size;

    /// <summary>Adds the leaf of the event at <paramref name="sequence"/>; returns its salt and commitment, to store beside it.</summary>
    public (byte[] Salt, byte[] Commitment) Append(long sequence, string type, string canonicalPayload)
    {
        if (sequence != _tree.Size + 1)
        {
            throw new InvalidOperationException($"The log holds {_tree.Size} leaves; event {sequence} cannot be its next.");
        }

        if (_saltsUsed == SaltBatch)
        {
            // One call to the system's generator per thousand salts; each salt is still 32 fresh random bytes.
            RandomNumberGenerator.Fill(_salts);
            _saltsUsed = 0;
        }

        var salt = _salts.AsSpan(_saltsUsed++ * LeafFormat.SaltSize, LeafFormat.SaltSize).ToArray();
        var commitment = LeafFormat.Commitment(salt, Encoding.UTF8.GetBytes(canonicalPayload));
        foreach (var (node, hash) in _tree.Append(TreeHash.Leaf(LeafFormat.Leaf(sequence, type, commitment))))
        {
            _tiles.Put(node, hash);
        }

        return (salt, commitment);
    }

    /// <summary>Writes the changed tiles and, when a key is given, signs and stores a checkpoint of the tree.</summary>
    public string? Finish(NoteSigner? signer, string? origin, long signedAt)
    {
        _tiles.Flush();
        if (signer is null)
        {
            return null;
        }

        var note = Checkpoints.Sign(signer, origin ?? signer.Name, _tree.Size, _tree.Root());
        Checkpoints.Store(_transaction, _tree.Size, note, signedAt);
        return note;
    }

    public void Dispose() => _tiles.Dispose();
}
