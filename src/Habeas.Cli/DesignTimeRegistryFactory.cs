using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore.Design;

namespace Habeas.Cli;

/// <summary>
/// Lets <c>dotnet ef</c> build the model for one provider:
/// <c>dotnet ef migrations add NAME --project src/Habeas.Migrations.Sqlite --startup-project src/Habeas.Cli -- --provider sqlite</c>.
/// </summary>
internal sealed class DesignTimeRegistryFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args)
    {
        var provider = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() ?? "sqlite";
        var location = provider == "pg" || provider == "postgres"
            ? new RegistryLocation { Provider = RegistryProvider.Postgres, DataDirectory = ".", PostgresConnectionString = "Host=127.0.0.1;Database=habeas_design" }
            : new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = Path.GetTempPath() };
        return new RegistryDbContext(RegistryDatabase.Options(location));
    }
}
