using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Maintenance;

/// <summary>
/// Writes every event as JSON Lines, in sequence order, exactly as committed (canonical JSON): importing the
/// export into an empty registry reproduces the state digest (except after an erasure: erased events are not
/// exported, so later sequence numbers shift).
/// </summary>
public static class ExportHandler
{
    public static async Task<long> HandleAsync(RegistryLocation location, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        long count = 0;
        foreach (var e in StoredEvents.Read(db.Database.GetDbConnection(), null))
        {
            var payload = e.Payload;
            cancellationToken.ThrowIfCancellationRequested();
            if (Recording.Erasure.IsErased(payload))
            {
                // Erased content is gone; the export says nothing of it (the log's commitment remains).
                continue;
            }

            await output.WriteAsync(payload);
            await output.WriteAsync('\n');
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }
}
