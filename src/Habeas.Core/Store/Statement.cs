using System.Data;
using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Habeas.Core.Store;

/// <summary>
/// A prepared SQL statement with positional values, for the write path (import, projections, rebuild) where
/// EF change tracking would cost 25× (PLATFORM-data.md: ~4,000 rows/s through SaveChanges vs ~300,000 prepared).
/// Parameters are written <c>@name</c>, which both Microsoft.Data.Sqlite and Npgsql accept.
/// On SQLite, <see cref="Execute"/> drives the prepared statement through SQLite's C functions directly (bind by
/// index, step, reset): measured on a 200,000-event import, Microsoft.Data.Sqlite's per-execution overhead (binding
/// by name, a data reader per call) was most of the write time, and SQLitePCL's wrappers (a SafeHandle and a new
/// UTF-8 array per value) another ~1 µs an event. Queries stay on ADO.NET.
/// </summary>
internal sealed class Statement : IDisposable
{
    private const int SqliteDone = 101;
    private const int SqliteRow = 100;

    private readonly DbCommand _command;
    private readonly sqlite3? _sqlite;
    private readonly DbType[] _types;
    private sqlite3_stmt? _native;
    private byte[] _utf8 = new byte[1024];
    private bool _prepared;

    public Statement(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _types = parameters.Select(p => p.Type).ToArray();
        foreach (var (name, type) in parameters)
        {
            var p = _command.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            _command.Parameters.Add(p);
        }

        if (connection is SqliteConnection sqlite)
        {
            _sqlite = sqlite.Handle;
        }
    }

    /// <summary>Runs an INSERT, UPDATE or DELETE; returns the rows changed.</summary>
    public int Execute(params ReadOnlySpan<object?> values)
    {
        if (_sqlite is null)
        {
            Bind(values);
            return _command.ExecuteNonQuery();
        }

        var statement = Native().DangerousGetHandle();
        for (var i = 0; i < values.Length; i++)
        {
            var index = i + 1;
            var rc = values[i] switch
            {
                null => SqliteNative.BindNull(statement, index),
                string s => BindText(statement, index, s),
                Utf8Text utf8 => BindText(statement, index, utf8.Bytes),
                long l => SqliteNative.BindInt64(statement, index, l),
                int n => SqliteNative.BindInt64(statement, index, n),
                bool b => SqliteNative.BindInt64(statement, index, b ? 1 : 0),
                byte[] bytes => BindBlob(statement, index, bytes),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name} (declared {_types[i]}).", nameof(values)),
            };
            Check(rc);
        }

        var step = SqliteNative.Step(statement);
        _ = SqliteNative.Reset(statement); // returns the step's result again, checked here
        if (step != SqliteDone && step != SqliteRow)
        {
            Check(step);
        }

        return raw.sqlite3_changes(_sqlite);
    }

    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        var result = _command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public DbDataReader Query(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    public void Dispose()
    {
        _native?.Dispose();
        _command.Dispose();
    }

    private sqlite3_stmt Native()
    {
        if (_native is null)
        {
            // "@name" placeholders are numbered in order of first appearance; the declared order must match it.
            Check(raw.sqlite3_prepare_v2(_sqlite, _command.CommandText, out var statement));
            var count = raw.sqlite3_bind_parameter_count(statement);
            for (var i = 0; i < count; i++)
            {
                var name = raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string();
                if (name != _command.Parameters[i].ParameterName)
                {
                    statement.Dispose();
                    throw new InvalidOperationException(
                        $"Parameter {i + 1} of \"{_command.CommandText}\" is {name}, declared {_command.Parameters[i].ParameterName}: declare parameters in the order the SQL first uses them.");
                }
            }

            _native = statement;
        }

        return _native;
    }

    /// <summary>Binds <paramref name="text"/> as UTF-8 through a buffer reused from row to row (SQLite copies it).</summary>
    private unsafe int BindText(IntPtr statement, int index, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[most];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        fixed (byte* utf8 = _utf8)
        {
            return SqliteNative.BindText(statement, index, utf8, length, SqliteNative.Transient);
        }
    }

    // An empty array's address: `fixed` would give null, which SQLite binds as NULL, not as '' or an empty blob.
    private static unsafe int BindText(IntPtr statement, int index, byte[] utf8)
    {
        fixed (byte* text = &MemoryMarshal.GetArrayDataReference(utf8))
        {
            return SqliteNative.BindText(statement, index, text, utf8.Length, SqliteNative.Transient);
        }
    }

    private static unsafe int BindBlob(IntPtr statement, int index, byte[] value)
    {
        fixed (byte* bytes = &MemoryMarshal.GetArrayDataReference(value))
        {
            return SqliteNative.BindBlob(statement, index, bytes, value.Length, SqliteNative.Transient);
        }
    }

    private void Check(int rc)
    {
        if (rc != 0)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_sqlite).utf8_to_string()}' in: {_command.CommandText}", rc);
        }
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        if (values.Length != _command.Parameters.Count)
        {
            throw new ArgumentException($"The statement takes {_command.Parameters.Count} values, got {values.Length}: {_command.CommandText}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] is Utf8Text utf8 ? utf8.ToString() : values[i] ?? DBNull.Value;
        }

        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }
}
