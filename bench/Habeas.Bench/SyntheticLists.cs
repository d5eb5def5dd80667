using System.Diagnostics;
using System.Globalization;
using Habeas.Synthetic;

namespace Habeas.Bench;

/// <summary>
/// Synthetic lists of issue #5 for the matching benchmarks:
///   lists DIR COUNT [SEED]          DIR/a.csv, b.csv (COUNT records each, half the persons on both), truth.csv, hard-negatives.csv
///   lists-dedupe DIR COUNT [SEED]   DIR/dedupe.csv (COUNT records), dedupe-truth.csv, dedupe-hard-negatives.csv
/// Prints the time taken and the peak working set, for docs/performance.md.
/// </summary>
internal static class SyntheticLists
{
    public static int Run(string[] args)
    {
        if (args.Length is < 3 or > 4
            || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || (args.Length == 4 && !long.TryParse(args[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            Console.Error.WriteLine("usage: Habeas.Bench lists DIR COUNT [SEED] | lists-dedupe DIR COUNT [SEED]");
            return 2;
        }

        var seed = args.Length == 4 ? long.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        var directory = args[1];
        var options = new GeneratorOptions { Seed = seed, RecordsA = count, RecordsB = count, DedupeRecords = count };
        var generator = new PersonListGenerator(options);
        var clock = Stopwatch.StartNew();
        string summary;
        if (args[0] == "lists")
        {
            var report = generator.WriteLinkFiles(directory);
            summary = string.Create(CultureInfo.InvariantCulture,
                $"{report.RecordsA:N0} + {report.RecordsB:N0} records of {report.Persons:N0} persons, {report.Links:N0} links, {report.HardNegativePairs:N0} hard-negative pairs");
        }
        else
        {
            var report = generator.WriteDedupeFiles(directory);
            summary = string.Create(CultureInfo.InvariantCulture,
                $"{report.Records:N0} records of {report.Persons:N0} persons, {report.DuplicatedPersons:N0} of them repeated, {report.HardNegativePairs:N0} hard-negative pairs");
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {summary} to {directory} (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MiB"));
        return 0;
    }
}
