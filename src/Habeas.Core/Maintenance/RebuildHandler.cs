using System.Text.Json;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Habeas.Domain.Events;
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
        using var state = new RegistryState(connection, transaction);
        using var projector = new Projector(connection, transaction, state);
        projector.ClearAll();
        long count = 0;
        var errors = new List<FieldError>();
        foreach (var (sequence, payload, person) in StoredEvents.Read(connection, transaction))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var doc = JsonDocument.Parse(payload);
            var e = EventReader.Read(doc.RootElement, errors)
                ?? throw new InvalidOperationException($"Event {sequence} in the log no longer reads: {string.Join("; ", errors)}. The log is intact; fix the reader.");
            projector.Apply(e, sequence, person);
            count++;
        }

        projector.Flush();
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
