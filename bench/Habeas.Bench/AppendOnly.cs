using System.Diagnostics;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Habeas.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Bench;

/// <summary>Times the append stage alone (references, event rows, projections) on lines parsed beforehand.</summary>
internal static class AppendOnly
{
    public static async Task<int> RunAsync(string file, string dataDirectory)
    {
        // Each leaf, and the log's nodes it completes, hashed for its sequence when read, as the import's reading
        // thread does (every line here is valid; the registry starts empty).
        var log = new Habeas.Ledger.TreeBuilder();
        var parsed = File.ReadLines(file).Select((line, i) => ParsedLine.Parse(line, i + 1, log)).ToArray();
        var location = new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = dataDirectory };
        await RegistryDatabase.MigrateAsync(location, CancellationToken.None);
        await using var db = await RegistryDatabase.OpenAsync(location, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        // CPU time as well as wall time: on a shared machine the first is the steadier figure to compare changes by.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var session = AppendSession.Begin(db.Database.GetDbConnection(), new Provenance("bench", 0, "bench", new string('0', 64)), null);
        var errors = new List<FieldError>();
        var line = 0;
        foreach (var p in parsed)
        {
            session.Add(p, ++line, errors);
        }

        var appended = clock.Elapsed.TotalSeconds;
        var appendedCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        session.Commit();
        var total = clock.Elapsed.TotalSeconds;
        var totalCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(
            $"append {parsed.Length:N0} lines: {appended:F2} s ({appended * 1e6 / parsed.Length:F2} µs a line; CPU {appendedCpu * 1e6 / parsed.Length:F2} µs), " +
            $"with commit {total:F2} s (CPU {totalCpu:F2} s), errors {errors.Count}");
        return 0;
    }
}
