namespace Habeas.Core.Store;

/// <summary>The database engines the registry runs on.</summary>
public enum RegistryProvider
{
    /// <summary>Embedded, one file in the data directory (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (production), chosen by <c>HABEAS_DB</c>.</summary>
    Postgres,
}
