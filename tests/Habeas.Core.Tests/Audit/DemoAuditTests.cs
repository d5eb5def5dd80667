using Habeas.Core.Demo;
using Habeas.Testing;

namespace Habeas.Core.Tests.Audit;

/// <summary>Issue #4: the demo registry's audit tells its story — the flight to the foreign mega-prison and what it broke.</summary>
public sealed class DemoAuditTests
{
    [Fact]
    public async Task Audit_DemoRegistry_FindsTheFlightsViolationsAndOpensRemedies()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var file = Path.Combine(registry.Location.DataDirectory, "demo.jsonl");
        await using (var writer = new StreamWriter(file))
        {
            DemoRegistry.Write(writer, seed: 7, persons: 400);
        }

        await Run.ImportOkAsync(registry, file);

        var report = await Run.AuditAsync(registry);

        // The flight of 2025-03-15 carried a man protected from removal to SV, a U.S. citizen, and people removed under
        // the Alien Enemies Act with no notice; each blocking finding on that removal opens a facilitate-return remedy.
        var flight = report.Findings.Where(f => f.OccurredAt == "2025-03-15T22:00:00Z").ToArray();
        Assert.Contains(flight, f => f.Rule == "PROTECTED-COUNTRY" && f.Severity == "block");
        Assert.Contains(flight, f => f.Rule == "US-NATIONAL" && f.Severity == "block");
        Assert.Contains(flight, f => f.Rule == "AEA-NOTICE" && f.Severity == "block");
        var blockedOnFlight = flight.Where(f => f.Severity == "block").Select(f => f.Person).Distinct().Count();
        Assert.Equal(blockedOnFlight, report.Remedies.Count(r => r.Since == "2025-03-15T22:00:00Z"));
        Assert.Contains(report.Remedies, r => r.Status == "satisfied");
        Assert.Contains(report.Remedies, r => r.Status == "open");
    }
}
