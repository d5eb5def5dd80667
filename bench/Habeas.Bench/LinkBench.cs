using System.Diagnostics;
using System.Globalization;
using Habeas.Core.Identity;

namespace Habeas.Bench;

/// <summary>
/// Links two lists with <c>habeas link</c>'s handler and measures it against the truth: precision, recall, F1, blocking
/// recall, candidates, pairs per second, seconds per step (median of the rounds), peak memory. The truth is a CSV of
/// a_id,b_id, or "febrl" (rec-N-org matches rec-N-dup-0).
/// </summary>
internal static class LinkBench
{
    public static int Run(string a, string b, string truth, int rounds, int maxBlock = 0)
    {
        var empty = new Dictionary<string, string>();
        if (truth == "febrl")
        {
            // FEBRL4's truth is in its ids: rec-N-org matches rec-N-dup-0.
            truth = Path.Combine(Path.GetTempPath(), $"febrl-truth-{Environment.ProcessId}.csv");
            File.WriteAllLines(truth, File.ReadLines(b).Skip(1).Select(l => l.Split(',')[0].Trim())
                .Select(id => $"{id.Replace("-dup-0", "-org", StringComparison.Ordinal)},{id}").Prepend("id_a,id_b"));
        }

        var runs = new List<LinkReport>();
        var wall = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            runs.Add(LinkHandler.Handle(new LinkCommand(a, b, empty, empty, MaxBlock: maxBlock, Truth: round == 0 ? truth : null)));
            wall.Add(clock.Elapsed.TotalSeconds);
        }

        var first = runs[0].Result;
        var q = runs[0].Quality!;
        double Median(Func<LinkReport, double> f) => runs.Select(f).Order().ElementAt(runs.Count / 2);

        var s = first.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {s.RecordsA:N0} x {s.RecordsB:N0}; truth {q.TruePairs:N0} pairs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matches {q.Matches:N0}; true {q.TruePositives:N0}; precision {q.Precision:F4}; recall {q.Recall:F4}; F1 {q.F1:F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidates {s.Candidates:N0}; blocking recall {q.BlockingRecall:F4}; crowded keys skipped {s.CrowdedKeysSkipped:N0}; patterns {s.Patterns}; EM iterations {s.EmIterations}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {rounds}: read {Median(r => r.ReadSeconds):F3} s; prepare {Median(r => r.Result.Statistics.PrepareSeconds):F3} s; compare {Median(r => r.Result.Statistics.CompareSeconds):F3} s; score {Median(r => r.Result.Statistics.ScoreSeconds):F3} s; linking (prepare+compare+score) {Median(r => r.Result.Statistics.TotalSeconds):F3} s; wall {wall.Order().ElementAt(wall.Count / 2):F3} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs compared per second {Median(r => r.Result.Statistics.PairsPerSecond):N0}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
        var model = first.Model;
        for (var c = 0; c < model.Comparisons.Count; c++)
        {
            Console.WriteLine($"  {model.Comparisons[c].Field,-14} m {string.Join(" ", model.M[c].Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))} | u {string.Join(" ", model.U[c].Select(x => x.ToString("F4", CultureInfo.InvariantCulture)))}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  lambda {model.Lambda:G4}"));
        return 0;
    }
}
