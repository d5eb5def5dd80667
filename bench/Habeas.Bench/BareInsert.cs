using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Habeas.Bench;

/// <summary>
/// The baseline: the same lines inserted as rows of one table (sequence, type, payload), no parsing beyond
/// finding the type, no projections, one transaction, one prepared statement — with the registry's own
/// settings (WAL, synchronous=FULL).
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
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE bare (sequence INTEGER PRIMARY KEY, type TEXT NOT NULL, payload TEXT NOT NULL)";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO bare (sequence, type, payload) VALUES (@s, @t, @p)";
        var s = insert.Parameters.Add("@s", SqliteType.Integer);
        var t = insert.Parameters.Add("@t", SqliteType.Text);
        var p = insert.Parameters.Add("@p", SqliteType.Text);
        insert.Prepare();
        long n = 0;
        foreach (var line in File.ReadLines(file))
        {
            var typeStart = line.IndexOf("\"type\":\"", StringComparison.Ordinal) + 8;
            s.Value = ++n;
            t.Value = line[typeStart..line.IndexOf('"', typeStart)];
            p.Value = line;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"bare insert: {n:N0} rows in {seconds:F2} s = {n / seconds:F0} rows/s");
        return 0;
    }
}
