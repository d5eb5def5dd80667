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
        var runs = new List<LinkReport>();
        var wall = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            runs.Add(LinkHandler.Handle(new LinkCommand(a, b, empty, empty, KeepCandidates: round == 0, MaxBlock: maxBlock)));
            wall.Add(clock.Elapsed.TotalSeconds);
        }

        var first = runs[0].Result;
        var report = runs[0];
        var idsA = File.ReadLines(a).Skip(1).Select(l => l.Split(',')[0].Trim()).ToList();
        var idsB = File.ReadLines(b).Skip(1).Select(l => l.Split(',')[0].Trim()).ToList();
        HashSet<(string, string)> expected = truth == "febrl"
            ? idsB.Select(id => (id.Replace("-dup-0", "-org", StringComparison.Ordinal), id)).Where(p => idsA.Contains(p.Item1)).ToHashSet()
            : File.ReadLines(truth).Skip(1).Select(l => l.Split(',')).Select(p => (p[0], p[1])).ToHashSet();
        var positionA = idsA.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var positionB = idsB.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var found = first.Matches.Select(p => (p.A.Id, p.B.Id)).ToHashSet();
        var truePositives = found.Count(expected.Contains);
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = expected.Count == 0 ? 0 : (double)truePositives / expected.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var blockingRecall = expected.Count == 0 ? 0 : (double)expected.Count(p => first.WasCompared(positionA[p.Item1], positionB[p.Item2])) / expected.Count;
        double Median(Func<LinkReport, double> f) => runs.Select(f).Order().ElementAt(runs.Count / 2);

        var s = first.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {s.RecordsA:N0} x {s.RecordsB:N0}; truth {expected.Count:N0} pairs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matches {found.Count:N0}; true {truePositives:N0}; precision {precision:F4}; recall {recall:F4}; F1 {f1:F4}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidates {s.Candidates:N0}; blocking recall {blockingRecall:F4}; crowded keys skipped {s.CrowdedKeysSkipped:N0}; patterns {s.Patterns}; EM iterations {s.EmIterations}"));
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
