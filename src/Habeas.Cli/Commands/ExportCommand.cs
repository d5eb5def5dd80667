using System.CommandLine;
using System.Text;
using Habeas.Core.Maintenance;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas export [--output FILE]</c>: every event as JSON Lines, exactly as committed.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write every event as JSON Lines (canonical JSON, in sequence order).");
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            if (parse.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false));
                var count = await ExportHandler.HandleAsync(location, writer, ct);
                context.Error.WriteLine($"Exported {count:N0} events to {file}.");
            }
            else
            {
                await ExportHandler.HandleAsync(location, context.Output, ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
