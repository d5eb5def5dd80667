using System.Data.Common;
using System.Globalization;

namespace Habeas.Core.Maintenance;

/// <summary>
/// Reads the event table in sequence order, a page at a time: Npgsql allows one open reader per connection,
/// and rebuild writes on the same connection between pages.
/// </summary>
internal static class StoredEvents
{
    private const int PageSize = 5_000;

    public static IEnumerable<(long Sequence, string Payload, string? PersonId)> Read(DbConnection connection, DbTransaction? transaction)
    {
        var after = 0L;
        while (true)
        {
            var page = new List<(long, string, string?)>(PageSize);
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = transaction;
                cmd.CommandText = string.Create(CultureInfo.InvariantCulture,
                    $"SELECT sequence, payload, person_id FROM events WHERE sequence > {after} ORDER BY sequence LIMIT {PageSize}");
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    page.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
                }
            }

            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Item1;
        }
    }
}
