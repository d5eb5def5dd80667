using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Habeas.Bench;

/// <summary>
/// The baseline: the same rows as the registry's event table (its columns, the line as payload), inserted
/// into one table with no secondary index and no projections, no parsing beyond finding the type, one
/// transaction, one prepared statement, with the registry's own settings (WAL, synchronous=FULL, cache).
/// </summary>
internal static class BareInsert
{
    public static int Run(string file, string database)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText =
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-262144; " +
                "CREATE TABLE bare (sequence INTEGER PRIMARY KEY, event_id TEXT, type TEXT NOT NULL, payload TEXT NOT NULL, occurred_at INTEGER, " +
                "person_id TEXT, recorded_at INTEGER NOT NULL, recorded_by TEXT NOT NULL, source_name TEXT, source_sha256 TEXT, source_line INTEGER)";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO bare (sequence, event_id, type, payload, occurred_at, person_id, recorded_at, recorded_by, source_name, source_sha256, source_line) " +
            "VALUES (@s, NULL, @t, @p, @o, @person, @ra, 'bench', 'events.jsonl', @sha, @s)";
        var s = insert.Parameters.Add("@s", SqliteType.Integer);
        var t = insert.Parameters.Add("@t", SqliteType.Text);
        var p = insert.Parameters.Add("@p", SqliteType.Text);
        var o = insert.Parameters.Add("@o", SqliteType.Integer);
        var person = insert.Parameters.Add("@person", SqliteType.Text);
        insert.Parameters.AddWithValue("@ra", 1_764_000_000_000L);
        insert.Parameters.AddWithValue("@sha", new string('0', 64));
        insert.Prepare();
        long n = 0;
        foreach (var line in File.ReadLines(file))
        {
            var typeStart = line.IndexOf("\"type\":\"", StringComparison.Ordinal) + 8;
            s.Value = ++n;
            t.Value = line[typeStart..line.IndexOf('"', typeStart)];
            p.Value = line;
            o.Value = n * 1000;
            var personStart = line.IndexOf("\"person\":\"", StringComparison.Ordinal);
            person.Value = personStart < 0 ? DBNull.Value : line[(personStart + 10)..line.IndexOf('"', personStart + 10)];
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"bare insert: {n:N0} rows in {seconds:F2} s = {n / seconds:F0} rows/s");
        return 0;
    }
}
