using Habeas.Core.Store;
using Habeas.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Ledger;

/// <summary>
/// Proofs a third party can check without trusting the registry or seeing anyone's data: that an event is in the
/// log (inclusion), that a later log extends an earlier one (consistency), and a receipt bundling an inclusion
/// proof with the signed checkpoint it leads to (C2SP tlog-proof). Hashes come from the tiles, cached across
/// calls on one instance.
/// </summary>
public sealed class LogProofs : IDisposable
{
    private readonly RegistryDbContext _db;
    private readonly TileStore _tiles;

    public LogProofs(RegistryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _tiles = new TileStore(db.Database.GetDbConnection(), null, writable: false);
    }

    /// <summary>The size of the latest signed checkpoint (0 when none).</summary>
    public async Task<long> LatestSizeAsync(CancellationToken cancellationToken) =>
        await _db.Checkpoints.MaxAsync(c => (long?)c.TreeSize, cancellationToken) ?? 0;

    /// <summary>The signed checkpoint of a size (the latest when null), or null.</summary>
    public async Task<string?> CheckpointAsync(long? size, CancellationToken cancellationToken)
    {
        var query = _db.Checkpoints.AsNoTracking();
        var row = size is { } s
            ? await query.FirstOrDefaultAsync(c => c.TreeSize == s, cancellationToken)
            : await query.OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
        return row?.Note;
    }

    /// <summary>The inclusion proof of the event at <paramref name="sequence"/> (leaf sequence − 1) in the tree of <paramref name="size"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The event is not in a tree of that size.</exception>
    public InclusionProof Inclusion(long sequence, long size)
    {
        if (sequence < 1 || sequence > size)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), $"Event {sequence} is not in a log of {size} events.");
        }

        var index = sequence - 1;
        return new InclusionProof(index, size, B64(_tiles.Read(new NodeId(0, index))), B64(MerkleTree.Root(size, _tiles)),
            MerkleTree.InclusionProof(index, size, _tiles).Select(B64).ToArray());
    }

    /// <summary>The consistency proof from the tree of <paramref name="size1"/> to that of <paramref name="size2"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 &lt; size1 ≤ size2 ≤ the log's size.</exception>
    public ConsistencyProof Consistency(long size1, long size2, long logSize)
    {
        if (size1 < 1 || size1 > size2 || size2 > logSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size1), $"A consistency proof needs 0 < M ≤ N ≤ {logSize} (the log's size); got M={size1}, N={size2}.");
        }

        return new ConsistencyProof(size1, size2, B64(MerkleTree.Root(size1, _tiles)), B64(MerkleTree.Root(size2, _tiles)),
            MerkleTree.ConsistencyProof(size1, size2, _tiles).Select(B64).ToArray());
    }

    /// <summary>A C2SP tlog-proof receipt of one event against a signed checkpoint.</summary>
    public string Receipt(long sequence, long size, string checkpointNote)
    {
        var proof = Inclusion(sequence, size);
        return new TlogProof(proof.LeafIndex, proof.Proof.Select(Convert.FromBase64String).ToArray(), checkpointNote, null).Format();
    }

    /// <summary>The hashes of the stored tile, for export.</summary>
    internal (int Width, byte[] Data)? Tile(int level, long index) => _tiles.Published(level, index);

    public void Dispose() => _tiles.Dispose();

    private static string B64(byte[] hash) => Convert.ToBase64String(hash);
}
