using System.CommandLine;
using Habeas.Core.Ledger;
using Habeas.Core.Maintenance;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas init</c>: creates a registry (SQLite in the data directory, or the PostgreSQL schema).</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var origin = new Option<string?>("--origin") { Description = "The log's name (first line of its checkpoints; the key's name). Default: habeas.registry/<host>/<random id>." };
        var command = new Command("init", "Create a registry (SQLite in --data DIR, default ./habeas-data; or PostgreSQL with HABEAS_DB) and the log's signing key.");
        command.Options.Add(origin);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            var (existed, vkey) = await InitRegistry.HandleAsync(location, parse.GetValue(origin) ?? InitRegistry.DefaultOrigin(location), ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { registry = location.ToString(), created = !existed, verifier_key = vkey });
            }
            else
            {
                context.Output.WriteLine(existed ? $"Registry already exists at {location}; schema is up to date." : $"Created a registry at {location}.");
                context.Output.WriteLine($"The log's verifier key (publish it; keep {LedgerKeys.PrivateKeyFile} secret):");
                context.Output.WriteLine(vkey);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
