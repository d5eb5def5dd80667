using System.Diagnostics;
using Habeas.Core.Audit;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Bench;

/// <summary>Where an audit's time goes: loading and parsing the log, the custody periods, judging (bench/law.sh's profile).</summary>
internal static class AuditStages
{
    public static async Task<int> RunAsync(string dataDirectory)
    {
        var location = RegistryLocation.Resolve(dataDirectory, _ => null);
        await using var db = await RegistryDatabase.OpenAsync(location, CancellationToken.None);
        var connection = db.Database.GetDbConnection();
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var page in StoredEvents.Pages(connection, null))
        {
            bytes += page.Sum(e => (long)e.Payload.Length);
        }

        Console.WriteLine($"read the event table ({bytes / 1048576:N0} MiB of payload): {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var facts = LawFacts.LoadAll(connection, null);
        Console.WriteLine($"load and parse {facts.Count:N0} events: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var occupancy = PeriodOccupancy.Load(connection, null);
        Console.WriteLine($"custody periods: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var rules = new RuleBook();
        var at = TimeValue.Parse("2026-01-01");
        long findings = 0;
        foreach (var person in facts.Persons)
        {
            findings += rules.Audit(facts.HistoryOf(person, occupancy), at).Count;
        }

        Console.WriteLine($"judge {findings:N0} findings, one thread: {clock.Elapsed.TotalSeconds:F2} s");
        return 0;
    }
}
