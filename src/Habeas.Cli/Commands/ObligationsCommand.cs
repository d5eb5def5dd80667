using System.CommandLine;
using Habeas.Core.Remedies;
using Habeas.Domain.Rules;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas obligations [--as-of T] [--status S]</c>: court-ordered and rule-opened obligations and where they stand.</summary>
internal static class ObligationsCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = AsOfOption.Create();
        var status = new Option<string?>("--status") { Description = "Only obligations with this status: " + string.Join(", ", ObligationsQuery.Statuses) + "." };
        status.AcceptOnlyFromAmong([.. ObligationsQuery.Statuses]);
        var command = new Command("obligations", "What courts ordered and what wrongful removals require, who must act, by when, and where each stands.");
        command.Options.Add(asOf);
        command.Options.Add(status);
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

            var (at, obligations) = await new ObligationsQuery(new RuleBook(), context.Time).RunAsync(location, moment, parse.GetValue(status), ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { as_of = at, obligations });
                return ExitCodes.Success;
            }

            foreach (var o in obligations)
            {
                context.Output.WriteLine(
                    $"{o.Status.ToUpperInvariant(),-10} {o.Action} for {o.Person} by {o.Owner ?? "the custodian"}" +
                    $"{(o.Due is null ? string.Empty : " due " + o.Due)} — {o.Order ?? "remedy"}{(o.Evidence.Count > 0 ? $" (evidence: {string.Join(", ", o.Evidence)})" : string.Empty)}");
            }

            context.Output.WriteLine($"{obligations.Count:N0} obligations as of {at}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
