using System.Data.Common;
using System.Text.Json;
using Habeas.Core.Store;
using Habeas.Core.Recording;
using Habeas.Domain.Events;

namespace Habeas.Core.Maintenance;

/// <summary>
/// Empties the projections and projects every stored event again, inside the caller's transaction: the core of
/// <c>habeas rebuild</c>, and what an erasure runs so that nothing derived from erased content stays behind.
/// Erased events (content removed, commitment kept) project nothing.
/// </summary>
internal static class Replay
{
    public static long Run(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Clear first, then read the (now empty) state: nothing from before the replay may leak into it.
        Projector.ClearAll(connection, transaction);
        using var state = new RegistryState(connection, transaction);
        using var projector = new Projector(connection, transaction, state);
        long count = 0;
        var errors = new List<FieldError>();
        foreach (var (sequence, _, payload, person, _, _) in StoredEvents.Read(connection, transaction))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Erasure.IsErased(payload))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(payload);
            var e = EventReader.Read(doc.RootElement, errors)
                ?? throw new InvalidOperationException($"Event {sequence} in the log no longer reads: {string.Join("; ", errors)}. The log is intact; fix the reader.");
            projector.Apply(e, sequence, person);
            count++;
        }

        projector.Flush();
        return count;
    }
}
