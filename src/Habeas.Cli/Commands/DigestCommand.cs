using System.CommandLine;
using Habeas.Core.Maintenance;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas digest</c>: the SHA-256 of the query state (the last line of output is the hex digest).</summary>
internal static class DigestCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("digest", "Print a SHA-256 over a canonical dump of all projections (equal after rebuild, and after export → import).");
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            var digest = await StateDigest.ComputeAsync(db, ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { digest });
            }
            else
            {
                context.Output.WriteLine(digest);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
