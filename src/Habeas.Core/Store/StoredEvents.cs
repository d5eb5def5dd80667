using System.Data.Common;
using System.Globalization;

namespace Habeas.Core.Store;

/// <summary>
/// Reads the event table in sequence order, a page at a time: Npgsql allows one open reader per connection, and
/// rebuild writes on the same connection between pages.
/// </summary>
internal static class StoredEvents
{
    private const int PageSize = 5_000;

    public static IEnumerable<StoredEvent> Read(DbConnection connection, DbTransaction? transaction) =>
        Pages(connection, transaction).SelectMany(page => page);

    /// <summary>The events in pages of 5,000, within <paramref name="transaction"/> when given (a consistent snapshot).</summary>
    public static IEnumerable<List<StoredEvent>> Pages(DbConnection connection, DbTransaction? transaction)
    {
        var after = 0L;
        while (true)
        {
            var page = new List<StoredEvent>(PageSize);
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = transaction;
                cmd.CommandText = string.Create(CultureInfo.InvariantCulture,
                    $"SELECT sequence, type, payload, person_id, salt, commitment FROM events WHERE sequence > {after} ORDER BY sequence LIMIT {PageSize}");
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    page.Add(new StoredEvent(
                        reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetString(3),
                        reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4),
                        reader.IsDBNull(5) ? null : (byte[])reader.GetValue(5)));
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
