using Habeas.Core.Ledger;
using Habeas.Core.Store;

namespace Habeas.Core.Maintenance;

/// <summary>
/// Creates a registry: its database schema and the log's signing key (in the data directory for both
/// providers). Running it again only brings the schema up to date and keeps the key.
/// </summary>
public static class InitRegistry
{
    /// <summary>Returns whether the database existed before, and the log's verifier key (vkey).</summary>
    public static async Task<(bool Existed, string VerifierKey)> HandleAsync(RegistryLocation location, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        var existed = await RegistryDatabase.ExistsAsync(location, cancellationToken);
        await RegistryDatabase.MigrateAsync(location, cancellationToken);
        return (existed, LedgerKeys.Create(location.DataDirectory, origin));
    }

    /// <summary>A default origin for a new log: the C2SP checkpoint's first line and the key's name.</summary>
    public static string DefaultOrigin(RegistryLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
        return $"habeas.registry/{Environment.MachineName.ToLowerInvariant()}/{id}";
    }
}
