using System.CommandLine;
using Habeas.Core.Maintenance;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas rebuild</c>: re-projects every query table from the event log.</summary>
internal static class RebuildCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rebuild", "Recreate every projection from the event log, in one transaction, and print the digest.");
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var events = await RebuildHandler.HandleAsync(location, ct);
            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            var digest = await StateDigest.ComputeAsync(db, ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { events, seconds = Math.Round(clock.Elapsed.TotalSeconds, 3), digest });
            }
            else
            {
                context.Output.WriteLine($"Rebuilt the projections from {events:N0} events in {clock.Elapsed.TotalSeconds:F2} s.");
                context.Output.WriteLine(digest);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
