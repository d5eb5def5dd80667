using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Store;

/// <summary>Opens the registry's database on either provider and brings its schema up to date.</summary>
public static class RegistryDatabase
{
    public const string SqliteMigrationsAssembly = "Habeas.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Habeas.Migrations.Postgres";

    /// <summary>EF options for <paramref name="location"/>.</summary>
    public static DbContextOptions<RegistryDbContext> Options(RegistryLocation location)
    {
        var builder = new DbContextOptionsBuilder<RegistryDbContext>();
        Configure(builder, location);
        return builder.Options;
    }

    /// <summary>Points <paramref name="builder"/> at <paramref name="location"/> (for dependency injection).</summary>
    public static void Configure(DbContextOptionsBuilder builder, RegistryLocation location)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == RegistryProvider.Sqlite)
        {
            var cs = new SqliteConnectionStringBuilder
            {
                DataSource = location.SqlitePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            builder.UseSqlite(cs, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }
        else
        {
            builder.UseNpgsql(location.PostgresConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
    }

    /// <summary>A context on <paramref name="location"/> with the connection open and, for SQLite, WAL set.</summary>
    public static async Task<RegistryDbContext> OpenAsync(RegistryLocation location, CancellationToken cancellationToken)
    {
        var db = new RegistryDbContext(Options(location));
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (location.Provider == RegistryProvider.Sqlite)
        {
            // WAL lets readers go on during an import; FULL makes a committed import survive power loss, not
            // only a crash of the process (the registry must never lose an acknowledged event).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144;", cancellationToken);
        }

        return db;
    }

    /// <summary>True when the registry's database exists (for SQLite, the file; for PostgreSQL, the schema).</summary>
    public static async Task<bool> ExistsAsync(RegistryLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == RegistryProvider.Sqlite)
        {
            return File.Exists(location.SqlitePath);
        }

        await using var db = new RegistryDbContext(Options(location));
        return (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>Creates the database if needed and applies every migration.</summary>
    public static async Task MigrateAsync(RegistryLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == RegistryProvider.Sqlite)
        {
            Directory.CreateDirectory(location.DataDirectory);
        }

        await using var db = new RegistryDbContext(Options(location));
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// A read-only snapshot for a long read (an audit, a screening, a verification): a deferred transaction on SQLite,
    /// which takes no write lock, and repeatable read on PostgreSQL, so an import committing meanwhile is not half-seen.
    /// </summary>
    public static async Task<System.Data.Common.DbTransaction> BeginSnapshotAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is Microsoft.Data.Sqlite.SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
    }
}
