using System.CommandLine;
using System.Globalization;
using Habeas.Core.Remedies;
using Spectre.Console;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas capacity [--facility F] [--as-of T]</c>: population against capacity, the forecast, agreements' cost.</summary>
internal static class CapacityCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = AsOfOption.Create();
        var facility = new Option<string?>("--facility") { Description = "Only this facility (and the agreements that include it)." };
        var command = new Command("capacity",
            "Each facility's and agreement's population against its capacity, when it runs out at the recent intake rate, how many more places are needed, and what an agreement has cost.");
        command.Options.Add(facility);
        command.Options.Add(asOf);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (!AsOfOption.TryRead(parse, asOf, context, out var moment, out var bad))
            {
                return bad;
            }

            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            var wanted = parse.GetValue(facility);
            var report = await new CapacityQuery(context.Time).RunAsync(location, wanted, moment, ct);
            if (report is null)
            {
                return context.Fail($"--facility: no facility '{wanted}' in the registry.");
            }

            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(report);
                return ExitCodes.Success;
            }

            Print(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, CapacityReport report)
    {
        static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
        var facilities = new Table().Title($"facilities as of {report.AsOf} (rate over the last {report.WindowDays} days)")
            .AddColumns("facility", "country", "held", "capacity", "occupancy", "net/day", "full at", "short in 30/90/180 d");
        foreach (var f in report.Facilities)
        {
            facilities.AddRow(Markup.Escape(f.Facility), f.Country, f.Population.ToString("N0", CultureInfo.InvariantCulture),
                f.Capacity?.ToString("N0", CultureInfo.InvariantCulture) ?? "-", Number(f.Occupancy, "P0"), Number(f.NetPerDay, "0.##"), f.FullAt ?? "-",
                string.Join(" / ", f.PlacesNeeded.Values));
        }

        console.Write(facilities);
        if (report.Agreements.Count == 0)
        {
            return;
        }

        var agreements = new Table().Title("agreements").AddColumns("agreement", "parties", "held", "allotment", "net/day", "full at", "cost so far");
        foreach (var a in report.Agreements)
        {
            agreements.AddRow(Markup.Escape(a.Agreement), string.Join("-", a.Parties), a.Population.ToString("N0", CultureInfo.InvariantCulture),
                a.Capacity?.ToString("N0", CultureInfo.InvariantCulture) ?? "-", Number(a.NetPerDay, "0.##"), a.FullAt ?? "-",
                a.Cost is { } cost ? $"{cost.ToString("N2", CultureInfo.InvariantCulture)} {Markup.Escape(a.Currency ?? string.Empty)}" : "-");
        }

        console.Write(agreements);
    }
}
