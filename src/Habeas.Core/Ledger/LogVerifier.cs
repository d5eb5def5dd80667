using System.Text;
using Habeas.Core.Store;
using Habeas.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Ledger;

/// <summary>
/// Recomputes the log from the stored events and checks it against itself and against signed checkpoints:
/// every event's commitment (its content unaltered), its leaf against the stored tiles (nothing reordered,
/// inserted or removed), the root against the latest checkpoint and that checkpoint's signature, and — with a
/// checkpoint someone kept — that today's log extends it (and that enough trusted witnesses cosigned it).
/// </summary>
public static class LogVerifier
{
    public static async Task<VerifyResult> VerifyAsync(
        RegistryLocation location, NoteVerifier logKey, string? keptCheckpoint, IReadOnlyList<NoteVerifier> witnesses, int quorum,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logKey);
        ArgumentNullException.ThrowIfNull(witnesses);
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);

        // One snapshot for the whole check, the latest checkpoint included (a deferred transaction on SQLite: it
        // takes no write lock), so an import committing meanwhile is neither half-seen nor mistaken for rows
        // added outside the log.
        var connection = db.Database.GetDbConnection();
        await using var snapshot = await RegistryDatabase.BeginSnapshotAsync(connection, cancellationToken);
        var (latestSize, latestNote, anyEvents) = ReadLatest(connection, snapshot);
        if (latestNote is null)
        {
            return anyEvents
                ? new VerifyResult(false, 0, 1, "The registry holds events but no signed checkpoint: event 1 onwards is not covered by any signature.", 0, null)
                : new VerifyResult(true, 0, null, "The log is empty and has no checkpoint yet.", 0, null);
        }

        if (Fail(CheckNote(latestNote, logKey, "the latest stored checkpoint"), out var latest, out var noteError))
        {
            return new VerifyResult(false, 0, null, noteError!, latestSize, null);
        }

        Checkpoint? kept = null;
        if (keptCheckpoint is not null)
        {
            if (Fail(CheckNote(keptCheckpoint, logKey, "the checkpoint you kept"), out kept, out var keptError))
            {
                return new VerifyResult(false, 0, null, keptError!, latest!.Size, null);
            }

            // Each trusted witness counts once, however often its key is given.
            var cosigned = witnesses.DistinctBy(w => (w.Name, w.KeyId)).Count(w => SignedNote.Verified(keptCheckpoint, [w]).Count > 0);
            if (cosigned < quorum)
            {
                return new VerifyResult(false, 0, null,
                    $"The checkpoint you kept has {cosigned} valid cosignature(s) from the {witnesses.Count} trusted witness key(s); {quorum} are required.", latest!.Size, null);
            }
        }

        using var tiles = new TileStore(connection, snapshot, writable: false);
        var erased = Recording.Erasure.ErasedSequences(connection, snapshot);
        var tree = new TreeBuilder();
        byte[]? rootAtLatest = latest!.Size == 0 ? TreeHash.Empty : null;
        byte[]? rootAtKept = kept?.Size == 0 ? TreeHash.Empty : null;
        var expected = 1L;

        // Hashing a page (commitments and leaf hashes, pure CPU) overlaps with reading the next one from the database.
        Task<Hashed[]>? hashing = null;
        using var pages = StoredEvents.Pages(connection, snapshot).GetEnumerator();
        while (true)
        {
            var next = pages.MoveNext() ? pages.Current : null;
            var hashed = hashing is null ? null : await hashing;
            hashing = next is null ? null : Task.Run(() => Hash(next, erased), cancellationToken);
            if (hashed is null)
            {
                if (next is null)
                {
                    break;
                }

                continue;
            }

            foreach (var h in hashed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (h.Sequence != expected)
                {
                    return Bad(expected, $"Event {expected} is missing from the event table (the next stored is {h.Sequence}).");
                }

                if (h.LeafHash is null)
                {
                    return Bad(expected, $"Event {expected}'s content is gone but no event.erased in the log erased it: it was altered after it was logged.");
                }

                if (h.Sequence > latest.Size)
                {
                    return Bad(expected, $"Event {expected} is not covered by the latest signed checkpoint (tree size {latest.Size}): it was added outside the log.");
                }

                byte[] stored;
                try
                {
                    stored = tiles.Read(new NodeId(0, h.Sequence - 1));
                }
                catch (InvalidOperationException)
                {
                    return Bad(expected, $"Event {expected} has no leaf in the log's tiles: it was added outside the log.");
                }

                if (!stored.AsSpan().SequenceEqual(h.LeafHash))
                {
                    return Bad(expected, $"Event {expected} does not match leaf {expected - 1} of the log: its content was altered, or events were reordered or inserted.");
                }

                foreach (var (node, hash) in tree.Append(h.LeafHash))
                {
                    // The upper tiles are what proofs and the published tiles are made of: each is checked too.
                    if (node.Level > 0 && node.Level % Tiles.Height == 0 && !tiles.Read(node).AsSpan().SequenceEqual(hash))
                    {
                        return new VerifyResult(false, tree.Size, null,
                            $"The log's stored tile hash at level {node.Level}, index {node.Index} does not match the events: the tiles were altered.", latest.Size, null);
                    }
                }

                if (tree.Size == latest.Size)
                {
                    rootAtLatest = tree.Root();
                }

                if (tree.Size == kept?.Size)
                {
                    rootAtKept = tree.Root();
                }

                expected++;
            }

            progress?.Report(tree.Size);
        }

        progress?.Report(tree.Size);
        if (tree.Size < latest.Size)
        {
            return Bad(tree.Size + 1, $"The signed checkpoint covers {latest.Size} events but only {tree.Size} are stored: event {tree.Size + 1} onwards was removed.");
        }

        var root = rootAtLatest!;
        if (!root.AsSpan().SequenceEqual(latest.Root))
        {
            return new VerifyResult(false, tree.Size, null, $"The root recomputed from the events does not match the signed checkpoint of size {latest.Size}.", latest.Size, Convert.ToBase64String(root));
        }

        if (kept is not null && (kept.Size > tree.Size || !rootAtKept!.AsSpan().SequenceEqual(kept.Root)))
        {
            return new VerifyResult(false, tree.Size, null,
                $"Today's log is not an extension of the checkpoint you kept (size {kept.Size}): the history was rewritten.", latest.Size, Convert.ToBase64String(root));
        }

        return new VerifyResult(true, tree.Size, null,
            $"All {tree.Size:N0} events match their commitments and the log; the root matches the checkpoint signed by {logKey.Name}" +
            (kept is null ? "." : $", and the log extends the checkpoint you kept (size {kept.Size})."),
            latest.Size, Convert.ToBase64String(root));

        VerifyResult Bad(long sequence, string message) => new(false, sequence - 1, sequence, message, latest.Size, null);
    }

    private static (long Size, string? Note, bool AnyEvents) ReadLatest(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction snapshot)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = snapshot;
        cmd.CommandText = "SELECT tree_size, note FROM checkpoints ORDER BY tree_size DESC LIMIT 1";
        using (var reader = cmd.ExecuteReader())
        {
            if (reader.Read())
            {
                return (reader.GetInt64(0), reader.GetString(1), true);
            }
        }

        cmd.CommandText = "SELECT count(*) FROM events";
        return (0, null, Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    /// <summary>An event's sequence and its recomputed leaf hash; null when its content is gone without an erasure.</summary>
    private sealed record Hashed(long Sequence, byte[]? LeafHash);

    private static Hashed[] Hash(List<StoredEvent> page, HashSet<long> erased)
    {
        var result = new Hashed[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            var e = page[i];
            // An erased event has no content left to check: its commitment stands for it, and only an
            // event.erased in the log may have erased it.
            var commitment = e.Salt is not null || (erased.Contains(e.Sequence) && Recording.Erasure.IsErased(e.Payload)) ? e.Commitment() : null;
            result[i] = new Hashed(e.Sequence, commitment is null ? null : TreeHash.Leaf(LeafFormat.Leaf(e.Sequence, e.Type, commitment)));
        }

        return result;
    }

    private static (Checkpoint? Checkpoint, string? Error) CheckNote(string note, NoteVerifier logKey, string what)
    {
        string text;
        try
        {
            text = SignedNote.Parse(note).Text;
        }
        catch (FormatException ex)
        {
            return (null, $"{what} is not a signed note: {ex.Message}");
        }

        if (!SignedNote.Verified(note, [logKey]).Contains(logKey.Name))
        {
            return (null, $"{what} is not signed by the log's key {logKey.Name}.");
        }

        return Checkpoint.TryParse(text, out var checkpoint) && checkpoint is not null
            ? (checkpoint, null)
            : (null, $"{what} is signed but is not a checkpoint.");
    }

    private static bool Fail((Checkpoint? Checkpoint, string? Error) result, out Checkpoint? checkpoint, out string? error)
    {
        (checkpoint, error) = result;
        return error is not null;
    }
}
