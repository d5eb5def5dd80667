using System.CommandLine;
using Habeas.Core.Audit;
using Habeas.Domain.Rules;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas audit [--as-of T]</c>: every finding over the recorded events; exit 1 when any blocks.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = AsOfOption.Create();
        var command = new Command("audit", "Judge every recorded book-in, transfer and removal against the rule catalog; exit 1 when any finding blocks.");
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

            var report = await new AuditQuery(new RuleBook(), context.Time).RunAsync(location, moment, ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { as_of = report.AsOf, findings = report.Findings, remedies = report.Remedies });
            }
            else
            {
                foreach (var f in report.Findings)
                {
                    context.Output.WriteLine($"{f.Severity.ToUpperInvariant(),-5} {f.Rule} {f.Person} {f.Event}{(f.OccurredAt is null ? string.Empty : " at " + f.OccurredAt)}");
                    context.Output.WriteLine($"      {f.Reason}");
                    context.Output.WriteLine($"      facts: {string.Join(", ", f.Facts)}; authority: {string.Join("; ", f.Citations)}");
                }

                foreach (var r in report.Remedies)
                {
                    context.Output.WriteLine($"REMEDY {r.Person} {r.Removal} since {r.Since}: {r.Action} by {r.Owner ?? "the removing authority"} — {r.Status}" +
                        (r.Evidence.Count > 0 ? $" ({string.Join(", ", r.Evidence)})" : string.Empty) +
                        (r.Orders.Count > 0 ? $"; ordered by {string.Join(", ", r.Orders)}" : string.Empty));
                }

                context.Output.WriteLine(
                    $"{report.Findings.Count:N0} findings ({report.Blocks:N0} block, {report.Flags:N0} flag) over {report.Events:N0} events and {report.Persons:N0} persons, as of {report.AsOf}.");
            }

            return report.Blocks > 0 ? ExitCodes.Negative : ExitCodes.Success;
        });
        return command;
    }
}
