using System.Globalization;
using Habeas.Core.Store;
using Habeas.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Ledger;

/// <summary>Signs a checkpoint of the log as it stands now (on demand; imports sign their own).</summary>
public static class CheckpointHandler
{
    public static async Task<string> SignNowAsync(RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(time);
        var signer = LedgerKeys.Load(location.DataDirectory)
            ?? throw new InvalidOperationException($"No signing key in {location.DataDirectory}; run habeas init there.");
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long size;
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT coalesce(max(sequence), 0) FROM events";
            size = Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        using var tiles = new TileStore(connection, transaction, writable: false);
        byte[] root;
        try
        {
            root = size == 0 ? TreeHash.Empty : MerkleTree.Root(size, tiles);
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException(
                $"The log's tiles do not cover the {size} stored events ({ex.Message}); nothing was signed. Run habeas verify to find the event that is not in the log.", ex);
        }

        var note = Checkpoints.Sign(signer, signer.Name, size, root);
        Checkpoints.Store(transaction, size, note, time.GetUtcNow().ToUnixTimeMilliseconds());
        await transaction.CommitAsync(cancellationToken);
        return note;
    }
}
