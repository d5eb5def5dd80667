using System.CommandLine;
using System.Globalization;
using Habeas.Core.Identity;
using Habeas.Core.Store;
using Spectre.Console;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas locate "NAME" [--dob D] [--country C] [--id A]</c>: ranked candidates with score and reason.</summary>
internal static class LocateCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("query") { Description = "The name as you know it: \"Jose Garcia\", \"GARCIA LOPEZ, JOSE\".", Arity = ArgumentArity.ZeroOrOne };
        var dob = new Option<string?>("--dob") { Description = "Date of birth: 1990-03-05, 03/05/1990, 05-MAR-1990 or a year." };
        var country = new Option<string?>("--country") { Description = "Nationality or country of birth: SV, SLV or El Salvador." };
        var id = new Option<string?>("--id") { Description = "A-number in any form: A-123-456-789, 123456789." };
        var limit = new Option<int>("--limit") { Description = "How many candidates at most (1–50, default 5).", DefaultValueFactory = _ => 5 };
        var command = new Command("locate", "Find a person in the registry: ranked candidates with probability, reason and where they are held now.");
        command.Arguments.Add(name);
        command.Options.Add(dob);
        command.Options.Add(country);
        command.Options.Add(id);
        command.Options.Add(limit);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            var query = new LocateQuery(parse.GetValue(name), parse.GetValue(dob), parse.GetValue(country), parse.GetValue(id), parse.GetValue(limit));
            try
            {
                LocateHandler.Parse(query);
            }
            catch (ArgumentException ex)
            {
                return context.Fail(ex.Message);
            }

            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            var candidates = await new LocateHandler(db).HandleAsync(query, ct);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { query, candidates });
                return ExitCodes.Success;
            }

            if (candidates.Count == 0)
            {
                context.Console.WriteLine("No one in the registry matches. Try fewer words of the name, or add a date of birth or an A-number.");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("#", "person", "name", "probability", "reason", "held");
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                var held = c.Status is null ? "not in custody" : $"{c.Status.Replace('_', ' ')} at {c.FacilityName ?? c.Facility ?? "?"} ({c.Country ?? "?"}) by {c.Custodian ?? "?"} since {c.Since}";
                table.AddRow(
                    (i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Person), Markup.Escape(c.Name),
                    (c.Probability ?? 0).ToString("0.0000", CultureInfo.InvariantCulture), Markup.Escape(c.Reason ?? string.Empty), Markup.Escape(held));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
