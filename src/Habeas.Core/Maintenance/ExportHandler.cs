using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Maintenance;

/// <summary>
/// Writes every event as JSON Lines, in sequence order, exactly as committed (canonical JSON): importing the
/// export into an empty registry reproduces the state digest.
/// </summary>
public static class ExportHandler
{
    public static async Task<long> HandleAsync(RegistryLocation location, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        long count = 0;
        foreach (var (_, payload, _) in StoredEvents.Read(db.Database.GetDbConnection(), null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(payload);
            await output.WriteAsync('\n');
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }
}
