using System.Data.Common;
using System.Globalization;
using Habeas.Core.Store;

namespace Habeas.Core.Recording;

/// <summary>
/// A court-ordered erasure (DESIGN.md invariant 1's one exception): the erased event's content and salt are
/// removed, its type, sequence and commitment stay, so the log still verifies and the gap is provable — the
/// <c>event.erased</c> event that did it is itself in the log, with the order that required it.
/// </summary>
internal static class Erasure
{
    /// <summary>The payload an erased event keeps: nothing.</summary>
    public const string ErasedPayload = "";

    public static bool IsErased(string payload) => payload.Length == 0;

    /// <summary>
    /// Resolves what <c>erases</c> names to a sequence: an event whose own id it is, first (an id may look like a
    /// number), else a sequence number, else the registry's <c>HE-{sequence}</c>.
    /// </summary>
    public static long? Resolve(DbConnection connection, DbTransaction? transaction, string reference)
    {
        using (var byId = new Statement(connection, transaction, "SELECT sequence FROM events WHERE event_id = @e", Sql.Text("@e")))
        {
            if (byId.Scalar(reference) is { } found)
            {
                return Convert.ToInt64(found, CultureInfo.InvariantCulture);
            }
        }

        if (long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }

        return Queries.EventIds.TryParseAssigned(reference, out sequence) ? sequence : null;
    }

    /// <summary>Why the event <paramref name="reference"/> names cannot be erased, or null when it can.</summary>
    public static string? CannotErase(DbConnection connection, DbTransaction transaction, string reference)
    {
        if (Resolve(connection, transaction, reference) is not { } sequence)
        {
            return "no such event";
        }

        using var read = new Statement(connection, transaction, "SELECT salt IS NULL, type FROM events WHERE sequence = @s", Sql.Long("@s"));
        using var row = read.Query(sequence);
        return !row.Read() ? "no such event"
            : Convert.ToBoolean(row.GetValue(0), CultureInfo.InvariantCulture) ? "an event erased already"
            : row.GetString(1) == Domain.Events.EventErased.TypeName ? "an erasure (the record of an erasure cannot itself be erased)"
            : row.GetString(1) is Domain.Events.FacilityRegistered.TypeName or Domain.Events.FacilityUpdated.TypeName
                ? "a facility's record (facilities hold no personal data, and later custody facts depend on them)"
            : null;
    }

    /// <summary>
    /// Removes the content and salt of the event at <paramref name="sequence"/>, and the columns derived from its
    /// content (whom it concerned, when); what remains is what the log itself publishes: sequence, type, commitment.
    /// </summary>
    public static void Erase(DbConnection connection, DbTransaction transaction, long sequence)
    {
        byte[] commitment;
        using (var read = new Statement(connection, transaction, "SELECT salt, payload FROM events WHERE sequence = @s", Sql.Long("@s")))
        using (var row = read.Query(sequence))
        {
            if (!row.Read() || row.IsDBNull(0))
            {
                throw new InvalidOperationException($"Event {sequence} cannot be erased: it does not exist or was erased already.");
            }

            commitment = Ledger.LeafFormat.Commitment((byte[])row.GetValue(0), System.Text.Encoding.UTF8.GetBytes(row.GetString(1)));
        }

        // The commitment can no longer be recomputed once the content and salt are gone, so it is kept now.
        using var erase = new Statement(connection, transaction,
            "UPDATE events SET payload = @p, salt = NULL, commitment = @c, person_id = NULL, occurred_at = NULL WHERE sequence = @s",
            Sql.Text("@p"), Sql.Bytes("@c"), Sql.Long("@s"));
        erase.Execute(ErasedPayload, commitment, sequence);

        // Copies of the content in notifications go too; one not yet delivered is not sent at all.
        using var notifications = new Statement(connection, transaction,
            "UPDATE notifications SET body = @p, delivered_at = coalesce(delivered_at, next_attempt_at), last_error = 'erased' WHERE sequence = @s",
            Sql.Text("@p"), Sql.Long("@s"));
        notifications.Execute("{\"erased\":true}", sequence);
    }

    /// <summary>The sequences erased by <c>event.erased</c> events in the log (for verification).</summary>
    public static HashSet<long> ErasedSequences(DbConnection connection, DbTransaction? transaction)
    {
        var erased = new HashSet<long>();
        var references = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT payload FROM events WHERE type = 'event.erased'";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                using var doc = System.Text.Json.JsonDocument.Parse(reader.GetString(0));
                var erases = doc.RootElement.GetProperty("erases");
                references.Add(erases.ValueKind == System.Text.Json.JsonValueKind.Number ? erases.GetInt64().ToString(CultureInfo.InvariantCulture) : erases.GetString()!);
            }
        }

        foreach (var reference in references)
        {
            if (Resolve(connection, transaction, reference) is { } sequence)
            {
                erased.Add(sequence);
            }
        }

        return erased;
    }
}
