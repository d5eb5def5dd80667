namespace Habeas.Core.Store;

/// <summary>
/// Where a registry lives: a SQLite file in a data directory (default <c>./habeas-data</c>) or a PostgreSQL
/// database named by a connection string. The data directory also holds the signing key in both cases.
/// </summary>
public sealed record RegistryLocation
{
    public const string DatabaseFileName = "registry.db";

    public required RegistryProvider Provider { get; init; }

    public required string DataDirectory { get; init; }

    /// <summary>The PostgreSQL connection string; null for SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    public string SqlitePath => Path.Combine(DataDirectory, DatabaseFileName);

    /// <summary>
    /// Resolves the location from the command line and the environment: <paramref name="dataDirectory"/>
    /// (<c>--data</c>), else <c>HABEAS_DATA</c>, else <c>./habeas-data</c>; <c>HABEAS_DB</c> selects PostgreSQL.
    /// </summary>
    public static RegistryLocation Resolve(string? dataDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var dir = Path.GetFullPath(dataDirectory ?? environment("HABEAS_DATA") ?? "habeas-data");
        var pg = environment("HABEAS_DB");
        return string.IsNullOrWhiteSpace(pg)
            ? new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = dir }
            : new RegistryLocation { Provider = RegistryProvider.Postgres, DataDirectory = dir, PostgresConnectionString = pg };
    }

    /// <inheritdoc />
    public override string ToString() =>
        Provider == RegistryProvider.Sqlite ? SqlitePath : "PostgreSQL " + RedactPassword(PostgresConnectionString!);

    private static string RedactPassword(string cs) =>
        string.Join(';', cs.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
