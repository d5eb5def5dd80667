using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Maintenance;

/// <summary>
/// Recreates every projection from the event table, in one transaction (DESIGN.md invariant 2). Readers see
/// the old tables until it commits.
/// </summary>
public static class RebuildHandler
{
    /// <summary>Returns the number of events replayed.</summary>
    public static async Task<long> HandleAsync(RegistryLocation location, CancellationToken cancellationToken)
    {
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var count = Replay.Run(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
