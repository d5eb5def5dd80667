using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Habeas.Core.Store;

/// <summary>
/// A bulk load into an empty SQLite registry: the non-unique secondary indexes are dropped at the start of the
/// batch's transaction and created again, from the definitions SQLite stored when the migration made them, before
/// it commits. CREATE INDEX sorts once; keeping an index up to date costs a random B-tree insert per row (measured
/// on 200,000 events: the <c>(person_id, sequence)</c> index of the event table alone was ~3.5 µs an event).
/// Unique indexes stay: they are constraints, and the append path finds an event by its own id through one.
/// The DDL is part of the transaction: a batch rolled back leaves the indexes as they were.
/// </summary>
internal sealed class DeferredIndexes
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private IReadOnlyList<string>? _definitions;

    private DeferredIndexes(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> definitions)
    {
        _connection = connection;
        _transaction = transaction;
        _definitions = definitions;
    }

    /// <summary>The non-unique indexes made by CREATE INDEX (not those SQLite makes for keys), by name.</summary>
    public static IReadOnlyList<(string Name, string Definition)> Deferrable(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText =
            "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) i ON i.name = m.name " +
            "WHERE m.type = 'index' AND i.origin = 'c' AND NOT i.\"unique\" ORDER BY m.name";
        using var reader = cmd.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    /// <summary>Drops the deferrable indexes inside <paramref name="transaction"/>; null (nothing done) on PostgreSQL.</summary>
    public static DeferredIndexes? Drop(DbConnection connection, DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection)
        {
            return null;
        }

        var indexes = Deferrable(connection, transaction);
        foreach (var (name, _) in indexes)
        {
            Run(connection, transaction, $"DROP INDEX \"{name}\"");
        }

        return new DeferredIndexes(connection, transaction, indexes.Select(i => i.Definition).ToArray());
    }

    /// <summary>Creates the dropped indexes again (once; later calls do nothing).</summary>
    public void Restore()
    {
        if (_definitions is null)
        {
            return;
        }

        foreach (var definition in _definitions)
        {
            Run(_connection, _transaction, definition);
        }

        _definitions = null;
    }

    private static void Run(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
