using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Habeas.Core.Screening;
using Habeas.Domain.Rules;

namespace Habeas.Cli.Commands;

/// <summary>
/// <c>habeas screen MANIFEST.csv --to FACILITY|--country CC [--on T] [--basis B]</c>: a verdict per manifest row on a
/// proposed transfer; exit 1 when any row is blocked.
/// </summary>
internal static class ScreenCommandLine
{
    public static Command Create(CliContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "A CSV of persons with a header: id_number, full_name (or given, surnames), dob, nationality." };
        var to = new Option<string?>("--to") { Description = "The facility the persons would be sent to." };
        var country = new Option<string?>("--country") { Description = "The country the persons would be removed to (SV, SLV or El Salvador)." };
        var on = new Option<string?>("--on") { Description = "When the transfer would happen (default: now): 2025-05-01 or 2025-05-01T10:20:00-04:00." };
        var basis = new Option<string?>("--basis") { Description = "The removal's legal basis, when known: title8_order, expedited_removal, reinstated_order, alien_enemies_act, treaty_transfer, other." };
        var command = new Command("screen", "Screen a manifest: block, flag, pass or unknown for each person on a proposed transfer; exit 1 when any row is blocked.");
        command.Arguments.Add(manifest);
        command.Options.Add(to);
        command.Options.Add(country);
        command.Options.Add(on);
        command.Options.Add(basis);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            var result = await new ScreeningHandler(location, new RuleBook(), context.Time).HandleAsync(
                new ScreenCommand(parse.GetValue(manifest)!, parse.GetValue(to), parse.GetValue(country), parse.GetValue(on), parse.GetValue(basis)), ct);
            switch (result)
            {
                case ScreenResult.Invalid invalid:
                    foreach (var error in invalid.Errors.Take(50))
                    {
                        context.Error.WriteLine(error);
                    }

                    if (invalid.Errors.Count > 50)
                    {
                        context.Error.WriteLine($"... and {invalid.Errors.Count - 50:N0} more errors.");
                    }

                    return context.Fail("the manifest was not screened; fix the errors above.");
                case ScreenResult.Screened { Report: var report }:
                    if (GlobalOptions.IsJson(parse))
                    {
                        context.WriteJson(new { destination = report.Destination, on = report.On, columns = report.Mapping, rows = report.Rows });
                    }
                    else if (GlobalOptions.IsCsv(parse))
                    {
                        ScreeningCsv.Write(context.Output, report);
                    }
                    else
                    {
                        WriteText(context, report);
                    }

                    return report.Count("block") > 0 ? ExitCodes.Negative : ExitCodes.Success;
                default:
                    throw new InvalidOperationException($"Unhandled screening result {result.GetType().Name}.");
            }
        });
        return command;
    }

    private static void WriteText(CliContext context, ScreeningReport report)
    {
        context.Output.WriteLine($"Screening for transfer to {report.Destination} on {report.On}; columns: {string.Join(", ", report.Mapping.Select(m => $"{m.Key} = \"{m.Value}\""))}");
        foreach (var row in report.Rows)
        {
            var who = row.Person ?? (row.Candidates.Count == 0 ? "no registry match" : $"{row.Candidates.Count} candidates: {string.Join(", ", row.Candidates.Select(c => c.Person))}");
            context.Output.WriteLine($"row {row.Row} (line {row.Line}): {row.Verdict.ToUpperInvariant()} — {who}");
            foreach (var f in row.Findings)
            {
                context.Output.WriteLine($"    {f.Severity} {f.Rule}: {f.Reason} [{string.Join("; ", f.Citations)}]");
            }
        }

        context.Output.WriteLine(
            $"{report.Rows.Count:N0} rows: {report.Count("block"):N0} block, {report.Count("flag"):N0} flag, {report.Count("pass"):N0} pass, {report.Count("unknown"):N0} unknown.");
    }
}
