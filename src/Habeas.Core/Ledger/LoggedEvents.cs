using System.Data.Common;
using System.Globalization;

namespace Habeas.Core.Ledger;

/// <summary>One stored event as the log sees it: what its leaf is made of.</summary>
internal sealed record LoggedEvent(long Sequence, string Type, string Payload, byte[]? Salt, byte[]? StoredCommitment)
{
    /// <summary>The commitment: recomputed from salt and content, or the one kept when the content was erased.</summary>
    public byte[]? Commitment() =>
        Salt is not null ? LeafFormat.Commitment(Salt, System.Text.Encoding.UTF8.GetBytes(Payload)) : StoredCommitment;
}

/// <summary>Reads the event table in sequence order, a page at a time, for verification and tile export.</summary>
internal static class LoggedEvents
{
    private const int PageSize = 5_000;

    public static IEnumerable<LoggedEvent> Read(DbConnection connection, long after = 0) =>
        Pages(connection, null, after).SelectMany(page => page);

    /// <summary>The events in pages of 5,000, within <paramref name="transaction"/> when given (a consistent snapshot).</summary>
    public static IEnumerable<List<LoggedEvent>> Pages(DbConnection connection, DbTransaction? transaction, long after = 0)
    {
        while (true)
        {
            var page = new List<LoggedEvent>(PageSize);
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = transaction;
                cmd.CommandText = string.Create(CultureInfo.InvariantCulture,
                    $"SELECT sequence, type, payload, salt, commitment FROM events WHERE sequence > {after} ORDER BY sequence LIMIT {PageSize}");
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    page.Add(new LoggedEvent(
                        reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                        reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3),
                        reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4)));
                }
            }

            if (page.Count > 0)
            {
                yield return page;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }
}
