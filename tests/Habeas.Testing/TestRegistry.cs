using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Habeas.Testing;

/// <summary>
/// A fresh, migrated registry a test owns: a temporary data directory and, for PostgreSQL, its own database on
/// the server named by <c>HABEAS_TEST_PG</c> (dropped afterwards). Without that variable PostgreSQL tests are
/// skipped — except under <c>CI=true</c>, where a missing database is a failure, never a silent skip.
/// </summary>
public sealed class TestRegistry : IAsyncDisposable
{
    public const string PostgresVariable = "HABEAS_TEST_PG";

    private readonly string? _database;

    private TestRegistry(RegistryLocation location, string? database)
    {
        Location = location;
        _database = database;
    }

    public RegistryLocation Location { get; }

    /// <summary>The providers every data test runs on.</summary>
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public static async Task<TestRegistry> CreateAsync(string provider)
    {
        var dir = Directory.CreateTempSubdirectory("habeas-test-").FullName;
        RegistryLocation location;
        string? database = null;
        if (provider == "postgres")
        {
            var server = PostgresServer();
            database = "habeas_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var cs = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
            location = new RegistryLocation { Provider = RegistryProvider.Postgres, DataDirectory = dir, PostgresConnectionString = cs };
        }
        else
        {
            location = new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = dir };
        }

        await Habeas.Core.Maintenance.InitRegistry.HandleAsync(location, "habeas.test/" + Path.GetFileName(dir), CancellationToken.None);
        return new TestRegistry(location, database);
    }

    /// <summary>The connection string of the test server, or a skip (a failure under CI=true) when none is configured.</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {PostgresVariable} is not set: the PostgreSQL tests cannot run. Run ./build/test.sh, which starts a cluster.");
        }

        Assert.Skip($"PostgreSQL not configured: set {PostgresVariable} (./build/test.sh does).");
        return string.Empty;
    }

    public Task<RegistryDbContext> OpenAsync() => RegistryDatabase.OpenAsync(Location, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        SqliteClearPools();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer());
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Location.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection on another thread; the temp directory is left behind.
        }
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
