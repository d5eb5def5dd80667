using System.CommandLine;
using Habeas.Cli.Commands;

namespace Habeas.Cli;

/// <summary>The <c>habeas</c> command tree (DESIGN.md, "The habeas command").</summary>
internal static class HabeasCommand
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Habeas: a custody-accountability registry. Where is this person, who holds them, under what authority, and what do the courts require?");
        root.Options.Add(GlobalOptions.Data);
        root.Options.Add(GlobalOptions.Format);
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(ImportCommandLine.Create(context));
        root.Subcommands.Add(PersonCommand.Create(context));
        root.Subcommands.Add(LocateCommand.Create(context));
        root.Subcommands.Add(DuplicatesCommand.Create(context));
        root.Subcommands.Add(FacilityCommand.Create(context));
        root.Subcommands.Add(DigestCommand.Create(context));
        root.Subcommands.Add(RebuildCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(ScreenCommandLine.Create(context));
        root.Subcommands.Add(ObligationsCommand.Create(context));
        root.Subcommands.Add(CapacityCommand.Create(context));
        foreach (var command in LinkCommandLine.Create(context))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in FollowCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }

        foreach (var command in LogCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = Create(context);
        var parsed = root.Parse(args);
        // "habeas nosuch --help" must fail too: with --help present the parser reports no errors, but the
        // unknown command is still left unmatched (scripts probe for commands this way).
        if (parsed.Errors.Count > 0 || parsed.UnmatchedTokens.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine("habeas: " + error.Message);
            }

            foreach (var token in parsed.Errors.Count == 0 ? parsed.UnmatchedTokens : [])
            {
                context.Error.WriteLine($"habeas: unrecognised command or argument '{token}'.");
            }

            context.Error.WriteLine("Run 'habeas --help' for usage.");
            return ExitCodes.BadInput;
        }

        if (GlobalOptions.IsCsv(parsed) && !GlobalOptions.CsvCommands.Contains(parsed.CommandResult.Command.Name))
        {
            context.Error.WriteLine($"habeas: --format csv is offered by {string.Join(", ", GlobalOptions.CsvCommands)} only; use text or json.");
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error });
    }
}
