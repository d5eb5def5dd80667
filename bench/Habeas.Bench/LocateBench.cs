using System.Diagnostics;
using System.Globalization;
using Habeas.Core.Identity;
using Habeas.Matching.Locating;

namespace Habeas.Bench;

/// <summary>
/// The locator over a synthetic registry: indexes list A (habeas-bench lists), then looks up QUERIES records of list B
/// that have a true match in A — by name, date of birth and country as B wrote them, without the A-number (the hard
/// case: a lawyer with a name from a manifest). Prints build time, p50/p95/p99 latency, recall@1 and recall@5.
/// </summary>
internal static class LocateBench
{
    public static int Run(string dir, int queries)
    {
        var empty = new Dictionary<string, string>();
        var warnings = new List<string>();
        var clock = Stopwatch.StartNew();
        var a = Read(Path.Combine(dir, "a.csv"), empty, warnings);
        var b = Read(Path.Combine(dir, "b.csv"), empty, warnings);
        var read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        // As the registry loads it: one bulk load (records prepared on both cores, keys sorted once).
        var index = new LocatorIndex();
        index.AddRange(a);

        var build = clock.Elapsed.TotalSeconds;
        var truth = File.ReadLines(Path.Combine(dir, "truth.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[1], p => p[0]);
        var sample = b.Where(r => truth.ContainsKey(r.Id)).Take(queries).Select(r => r with { IdNumber = null }).ToList();
        foreach (var warm in sample.Take(200))
        {
            index.Search(warm);
        }

        var latencies = new List<double>(sample.Count);
        int top1 = 0, top5 = 0;
        foreach (var query in sample)
        {
            var started = Stopwatch.GetTimestamp();
            var hits = index.Search(query, 5);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var expected = truth[query.Id];
            top1 += hits.Count > 0 && hits[0].Record.Id == expected ? 1 : 0;
            top5 += hits.Any(h => h.Record.Id == expected) ? 1 : 0;
        }

        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index {index.Count:N0} records: read {read:F1} s, built in {build:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sample.Count:N0} queries (name, dob, country as list B wrote them; no A-number): p50 {Percentile(0.5):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms; recall@1 {(double)top1 / sample.Count:F4}, recall@5 {(double)top5 / sample.Count:F4}"));
        return 0;
    }

    private static List<Habeas.Matching.Records.IdentityRecord> Read(string path, Dictionary<string, string> map, List<string> warnings)
    {
        var header = PersonListReader.ReadHeader(path);
        var (fields, _) = PersonListReader.Recognise(path, header, map);
        return PersonListReader.Read(path, new PersonListLayout(header, fields, []), warnings);
    }
}
