using System.CommandLine;
using Habeas.Core.Queries;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas facility ID [--as-of T]</c>: population and capacity.</summary>
internal static class FacilityCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The facility's id." };
        var asOf = AsOfOption.Create();
        var command = new Command("facility", "A facility's population and capacity, now or as of a moment.");
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
            var report = await new FacilityQuery(db).GetAsync(parse.GetValue(id)!, moment, ct);
            if (report is null)
            {
                return context.Fail($"no facility '{parse.GetValue(id)}' in the registry at {location}.");
            }

            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(report);
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"{report.Name} ({report.Facility}), {report.Kind ?? "facility"} in {report.Country}, held by {report.Authority}");
            context.Output.WriteLine(
                $"population {report.Population:N0}{(report.Capacity is { } cap ? $" of capacity {cap:N0} ({report.Occupancy:P0})" : " (capacity unknown)")}" +
                (report.AsOf is null ? string.Empty : $" as of {report.AsOf}"));
            foreach (var (authority, count) in report.PopulationByAuthority)
            {
                context.Output.WriteLine($"  legal custodian {authority}: {count:N0}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
