using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Habeas.Core.Store;

/// <summary>Translates database errors into the registry's outcomes, once, by the engines' named codes.</summary>
internal static class StoreErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True when another writer appended first: PostgreSQL unique_violation (23505) on the events key or a
    /// serialization failure (40001); SQLite busy or locked after the busy timeout.
    /// </summary>
    public static bool IsConcurrentWriter(DbException exception) => exception switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure ||
                                (pg.SqlState is PostgresErrorCodes.UniqueViolation && pg.ConstraintName == "pk_events"),
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    };
}
