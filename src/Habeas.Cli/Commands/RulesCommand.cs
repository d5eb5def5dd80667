using System.CommandLine;
using Habeas.Core.Audit;
using Habeas.Domain.Rules;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas rules</c>: the rule catalog a user can read (docs/rules.md tells the same).</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "The rule catalog: each rule's id, severity, what it checks and the authorities it rests on.");
        command.SetAction(parse =>
        {
            var rules = new RuleBook().Rules.Select(RuleView.From).ToArray();
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { rules });
                return ExitCodes.Success;
            }

            foreach (var r in rules)
            {
                context.Output.WriteLine($"{r.Id} ({r.Severity}) — {r.Title}");
                context.Output.WriteLine($"  {r.Checks}");
                context.Output.WriteLine($"  authority: {string.Join("; ", r.Authorities)}{(r.InForceFrom is { } from ? $"; in force from {from:yyyy-MM-dd}" : string.Empty)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
