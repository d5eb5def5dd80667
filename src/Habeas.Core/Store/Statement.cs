using System.Data;
using System.Data.Common;

namespace Habeas.Core.Store;

/// <summary>
/// A prepared SQL statement with positional values, for the write path (import, projections, rebuild) where
/// EF change tracking would cost 25× (PLATFORM-data.md: ~4,000 rows/s through SaveChanges vs ~300,000 prepared).
/// Parameters are written <c>@name</c>, which both Microsoft.Data.Sqlite and Npgsql accept.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly DbCommand _command;
    private bool _prepared;

    public Statement(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var p = _command.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            _command.Parameters.Add(p);
        }
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public object? Scalar(params object?[] values)
    {
        Bind(values);
        var result = _command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public DbDataReader Query(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteReader();
    }

    public void Dispose() => _command.Dispose();

    private void Bind(object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
        {
            throw new ArgumentException($"The statement takes {_command.Parameters.Count} values, got {values.Length}: {_command.CommandText}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }
}
