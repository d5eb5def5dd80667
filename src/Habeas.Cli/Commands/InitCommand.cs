using System.CommandLine;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas init</c>: creates a registry (SQLite in the data directory, or the PostgreSQL schema).</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Create a registry (SQLite in --data DIR, default ./habeas-data; or PostgreSQL with HABEAS_DB).");
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            var existed = await RegistryDatabase.ExistsAsync(location, ct);
            await RegistryDatabase.MigrateAsync(location, ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { registry = location.ToString(), created = !existed });
            }
            else
            {
                context.Output.WriteLine(existed ? $"Registry already exists at {location}; schema is up to date." : $"Created a registry at {location}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
