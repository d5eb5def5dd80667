using System.CommandLine;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Spectre.Console;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas person ID [--as-of T]</c>: the case file and timeline.</summary>
internal static class PersonCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The person's registry id." };
        var asOf = AsOfOption.Create();
        var command = new Command("person", "A person's case file: records, instruments, current custody (legal and physical custodian) and timeline.");
        command.Arguments.Add(id);
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

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            var file = await new CaseFileQuery(db).GetAsync(parse.GetValue(id)!, moment, ct);
            if (file is null)
            {
                return context.Fail($"no person '{parse.GetValue(id)}' in the registry at {location}.");
            }

            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(file);
            }
            else
            {
                Print(context.Console, file);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, CaseFile file)
    {
        console.MarkupLine($"[bold]{Markup.Escape(file.Name)}[/] ({Markup.Escape(file.Person)}){(file.Sealed ? " [red]sealed[/]" : string.Empty)}" +
                           (file.AsOf is null ? string.Empty : $" — as of {Markup.Escape(file.AsOf)}"));
        if (file.MergedIds.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"Also recorded as {string.Join(", ", file.MergedIds)} (merged)."));
        }

        if (file.Current is { } c)
        {
            console.MarkupLine(Markup.Escape(
                $"{c.Status.Replace('_', ' ')} at {c.Facility ?? "-"} {(c.FacilityName is null ? string.Empty : $"({c.FacilityName}) ")}in {c.Country ?? "?"} " +
                $"since {c.Since}; legal custodian {c.Authority ?? "unknown"}, physical custodian {c.PhysicalAuthority ?? "unknown"}" +
                (c.Transport is null ? string.Empty : $", transport {c.Transport}")));
        }
        else
        {
            console.WriteLine("Not in custody.");
        }

        if (file.Instruments.Count > 0)
        {
            var instruments = new Table().Title("instruments").AddColumns("id", "kind", "countries", "issued", "status");
            foreach (var i in file.Instruments)
            {
                instruments.AddRow(Markup.Escape(i.Id), i.Kind, string.Join(' ', i.Countries), Markup.Escape(i.IssuedAt ?? string.Empty),
                    i.Ended ? $"ended ({i.EndReason})" : "in effect");
            }

            console.Write(instruments);
        }

        var timeline = new Table().Title("timeline").AddColumns("when", "event", "seq", "source");
        foreach (var e in file.Timeline)
        {
            timeline.AddRow(Markup.Escape(e.OccurredAt ?? "(undated)"), e.Type, e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(e.Source ?? string.Empty));
        }

        console.Write(timeline);
    }
}
