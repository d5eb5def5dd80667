using System.CommandLine;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas rules</c>: the rule catalog a user can read (docs/rules.md tells the same).</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "The rule catalog: each rule's id, severity, what it checks and the authorities it rests on.");
        command.SetAction(parse =>
        {
            var rules = new RuleBook().Rules.Select(r => r.Description).Select(d => new
            {
                id = d.Id, title = d.Title, severity = SnakeCase.Name(d.Severity), checks = d.Checks, authorities = d.Authorities,
                in_force_from = d.InForceFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                in_force_until = d.InForceUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }).ToArray();
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { rules });
                return ExitCodes.Success;
            }

            foreach (var r in rules)
            {
                context.Output.WriteLine($"{r.id} ({r.severity}) — {r.title}");
                context.Output.WriteLine($"  {r.checks}");
                context.Output.WriteLine($"  authority: {string.Join("; ", r.authorities)}{(r.in_force_from is null ? string.Empty : $"; in force from {r.in_force_from}")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
