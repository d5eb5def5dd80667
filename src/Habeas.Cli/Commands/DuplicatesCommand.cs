using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Habeas.Core;
using Habeas.Core.Identity;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas duplicates [--threshold P]</c>: registry persons who are probably the same person recorded twice.</summary>
internal static class DuplicatesCommand
{
    private static readonly string[] Header = ["person_a", "name_a", "person_b", "name_b", "probability", "status"];

    public static Command Create(CliContext context)
    {
        var threshold = new Option<double>("--threshold") { Description = "The probability for 'merge' (default 0.9); pairs from 0.5 up to it are 'review'.", DefaultValueFactory = _ => 0.9 };
        var command = new Command("duplicates", "Registry persons who are probably one person recorded twice: person_a,person_b,probability,status (merge or review). Changes nothing.");
        command.Options.Add(threshold);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            IReadOnlyList<DuplicatePair> pairs;
            try
            {
                (pairs, _) = await DuplicatePersons.FindAsync(db, parse.GetValue(threshold), ct);
            }
            catch (ArgumentException ex)
            {
                return context.Fail(ex.Message);
            }

            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { pairs });
                return ExitCodes.Success;
            }

            using var csv = new CsvWriter(context.Output, CultureInfo.InvariantCulture, leaveOpen: true);
            foreach (var header in Header)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var p in pairs)
            {
                csv.WriteField(CsvCells.Safe(p.PersonA));
                csv.WriteField(CsvCells.Safe(p.NameA));
                csv.WriteField(CsvCells.Safe(p.PersonB));
                csv.WriteField(CsvCells.Safe(p.NameB));
                csv.WriteField(p.Probability.ToString("0.######", CultureInfo.InvariantCulture));
                csv.WriteField(p.Status);
                csv.NextRecord();
            }

            context.Error.WriteLine($"{pairs.Count(p => p.Status == "merge"):N0} pairs to merge, {pairs.Count(p => p.Status == "review"):N0} to review; record a decision as identity.merged.");
            return ExitCodes.Success;
        });
        return command;
    }
}
