using System.Data;

namespace Habeas.Core.Store;

/// <summary>Short names for parameter types in <see cref="Statement"/> declarations.</summary>
internal static class Sql
{
    public static (string, DbType) Text(string name) => (name, DbType.String);

    public static (string, DbType) Long(string name) => (name, DbType.Int64);

    public static (string, DbType) Int(string name) => (name, DbType.Int32);

    public static (string, DbType) Bool(string name) => (name, DbType.Boolean);

    public static (string, DbType) Bytes(string name) => (name, DbType.Binary);
}
