using System.CommandLine;
using Habeas.Core.Import;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas import FILE [--source NAME] [--dry-run]</c>: all of a JSON Lines file, or nothing.</summary>
internal static class ImportCommandLine
{
    private const int ProgressThreshold = 10_000;

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON Lines file of events (public data format v1)." };
        var source = new Option<string?>("--source") { Description = "The name of the source, for provenance (default: the file's name)." };
        var expected = new Option<long?>("--expected-version") { Description = "Fail, writing nothing, unless the registry's last sequence is this one (no one appended since you looked)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every line and say what would be written; write nothing." };
        var command = new Command("import", "Import a JSON Lines file of events: every line is checked, and the file is imported whole or not at all.");
        command.Arguments.Add(file);
        command.Options.Add(source);
        command.Options.Add(expected);
        command.Options.Add(dryRun);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                return context.Fail($"{path}: no such file.");
            }

            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            var handler = new ImportHandler(location, context.Time);
            var command = new ImportCommand(parse.GetValue(file)!.ToString(), parse.GetValue(source), Environment.UserName, parse.GetValue(expected), parse.GetValue(dryRun));
            var result = await RunAsync(context, handler, command, ct);
            return await ReportAsync(context, location, result, GlobalOptions.IsJson(parse), ct);
        });
        return command;
    }

    /// <summary>Runs the import with a progress bar on standard error for files over 10,000 lines.</summary>
    internal static async Task<ImportResult> RunAsync(CliContext context, ImportHandler handler, ImportCommand command, CancellationToken ct)
    {
        // The handler learns the line count from its own pass over the file; the bar appears only past the threshold.
        ImportResult? result = null;
        await context.ErrorConsole.Progress().StartAsync(async progress =>
        {
            ProgressTask? task = null;
            result = await handler.HandleAsync(command, new Progress<ImportProgress>(p =>
            {
                if (p.Lines > ProgressThreshold)
                {
                    task ??= progress.AddTask($"import {Path.GetFileName(command.FilePath)}", maxValue: p.Lines);
                    task.Value = p.Line;
                }
            }), ct);
        });
        return result!;
    }

    private static async Task<int> ReportAsync(CliContext context, RegistryLocation location, ImportResult result, bool json, CancellationToken ct)
    {
        switch (result)
        {
            case ImportResult.Imported imported:
                var s = imported.Summary;
                await using (var db = await RegistryDatabase.OpenAsync(location, ct))
                {
                    // People, not ids: an id merged into another person is that person.
                    var persons = await db.Persons.CountAsync(p => p.SurvivorId == null, ct);
                    var facilities = await db.Facilities.CountAsync(ct);
                    if (json)
                    {
                        context.WriteJson(new
                        {
                            status = "imported", sha256 = s.Sha256, lines = s.Lines, events = s.Events, first_sequence = s.FirstSequence,
                            last_sequence = s.LastSequence, events_by_type = new SortedDictionary<string, int>(s.EventsByType.ToDictionary(), StringComparer.Ordinal),
                            unchanged = s.Unchanged, persons, facilities, seconds = Math.Round(s.Seconds, 3), events_per_second = Math.Round(s.EventsPerSecond),
                            checkpoint = s.Checkpoint,
                        });
                        return ExitCodes.Success;
                    }

                    var table = new Table().AddColumn("event type").AddColumn(new TableColumn("events").RightAligned());
                    foreach (var (type, count) in s.EventsByType.OrderBy(x => x.Key, StringComparer.Ordinal))
                    {
                        table.AddRow(type, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    context.Console.Write(table);
                    context.Output.WriteLine(
                        $"Imported {s.Events:N0} events (sequences {s.FirstSequence}–{s.LastSequence}) from {s.Lines:N0} lines in {s.Seconds:F2} s " +
                        $"({s.EventsPerSecond:N0} events/s). {s.Unchanged} unchanged. The registry now holds {persons:N0} persons and {facilities:N0} facilities.");
                    if (s.Checkpoint is not null)
                    {
                        context.Output.WriteLine("Signed checkpoint of the log (keep it: habeas verify --checkpoint FILE proves later that nothing was rewritten):");
                        context.Output.Write(s.Checkpoint);
                    }
                }

                return ExitCodes.Success;

            case ImportResult.Checked dry:
                var d = dry.Summary;
                var byType = new SortedDictionary<string, int>(d.EventsByType.ToDictionary(), StringComparer.Ordinal);
                if (json)
                {
                    context.WriteJson(new
                    {
                        status = "checked", sha256 = d.Sha256, lines = d.Lines, events = d.Events, first_sequence = d.FirstSequence,
                        last_sequence = d.LastSequence, events_by_type = byType, unchanged = d.Unchanged, written = false,
                    });
                    return ExitCodes.Success;
                }

                var wouldWrite = new Table().AddColumn("event type").AddColumn(new TableColumn("would append").RightAligned());
                foreach (var (type, count) in byType)
                {
                    wouldWrite.AddRow(type, count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
                }

                context.Console.Write(wouldWrite);
                context.Output.WriteLine(
                    $"Dry run: all {d.Lines:N0} lines are valid; the import would append {d.Events:N0} events (sequences {d.FirstSequence}–{d.LastSequence}), " +
                    $"{d.Unchanged} unchanged. Nothing was written; run the same command without --dry-run to import.");
                return ExitCodes.Success;

            case ImportResult.AlreadyImported already:
                if (json)
                {
                    context.WriteJson(new { status = "already_imported", sha256 = already.Sha256, events = 0, first_sequence = already.FirstSequence, last_sequence = already.LastSequence });
                }
                else
                {
                    context.Output.WriteLine(
                        $"Nothing added: a file with the same SHA-256 ({already.Sha256[..12]}…) was imported before as {already.FileName} " +
                        $"(sequences {already.FirstSequence}–{already.LastSequence}).");
                }

                return ExitCodes.Success;

            case ImportResult.Rejected rejected:
                foreach (var line in rejected.Errors)
                {
                    context.Error.WriteLine(line);
                }

                if (rejected.ErrorCount > rejected.Errors.Count)
                {
                    context.Error.WriteLine($"… and {rejected.ErrorCount - rejected.Errors.Count} more errors.");
                }

                context.Error.WriteLine($"{rejected.ErrorCount} error(s); nothing was imported. Fix the lines above and import the file again.");
                return ExitCodes.BadInput;

            case ImportResult.ConcurrentWriter conflict:
                return context.Fail(conflict.Message);

            default:
                throw new InvalidOperationException($"Unhandled import result {result}.");
        }
    }
}
