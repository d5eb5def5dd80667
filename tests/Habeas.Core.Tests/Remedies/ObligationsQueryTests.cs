using Habeas.Core.Remedies;
using Habeas.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Habeas.Core.Tests.Remedies;

/// <summary>
/// Issue #6 on both databases, with a clock that moves: an order's deadline goes open → due-soon → overdue, is met by
/// the return; an administrative stay suspends it; a daily status report is owed once a day and a missing one shows.
/// </summary>
public sealed class ObligationsQueryTests
{
    private static Events Registry() => new Events()
        .Facility("F-TX").Facility("F-SV", country: "SV", authority: "SV-PRISONS", capacity: 40000, kind: "prison")
        .Person("P-1")
        .Began("P-1", "F-TX", "2025-03-01T15:00:00Z")
        .Removed("P-1", "F-TX", "SV", "F-SV", "2025-03-15T22:00:00Z")
        .HandedOver("P-1", "F-SV", "2025-03-16T06:00:00Z")
        .Line("""{"type":"order.issued","order":"O-1","persons":["P-1"],"court":"D. Md.","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"facilitate_return","due":"2025-04-08T03:59:00Z"}],"occurred_at":"2025-04-04T18:00:00Z"}""")
        .Line("""{"type":"order.issued","order":"O-2","persons":["P-1"],"court":"D. Md.","issued_at":"2025-04-10T15:00:00Z","requires":[{"action":"status_report","due":"2025-04-11","every":"P1D"}],"occurred_at":"2025-04-10T15:00:00Z"}""");

    private static async Task<IReadOnlyList<ObligationView>> AtAsync(TestRegistry registry, FakeTimeProvider clock, DateTimeOffset now)
    {
        clock.SetUtcNow(now);
        var (_, obligations) = await new ObligationsQuery(new Domain.Rules.RuleBook(), clock).RunAsync(registry.Location, null, null, TestContext.Current.CancellationToken);
        return obligations;
    }

    private static string StatusOf(IReadOnlyList<ObligationView> obligations, string id) => Assert.Single(obligations, o => o.Id == id).Status;

    // The dashboard judges every person once for both the audit and the overdue obligations: what it shows must be what
    // habeas audit and habeas obligations --status overdue say.
    [Fact]
    public async Task AuditWithObligations_IsTheAuditAndTheBoard_FromOneJudging()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 20, 0, 0, 0, TimeSpan.Zero));
        var ct = TestContext.Current.CancellationToken;

        var (audit, overdue) = await new Habeas.Core.Audit.AuditQuery(new Domain.Rules.RuleBook(), clock).RunWithObligationsAsync(registry.Location, null, "overdue", ct);
        var alone = await new Habeas.Core.Audit.AuditQuery(new Domain.Rules.RuleBook(), clock).RunAsync(registry.Location, null, ct);
        var (_, board) = await new ObligationsQuery(new Domain.Rules.RuleBook(), clock).RunAsync(registry.Location, null, "overdue", ct);

        Assert.NotEmpty(overdue);
        Assert.Equal(board.Select(o => (o.Id, o.Status, o.Due, o.Owner)), overdue.Select(o => (o.Id, o.Status, o.Due, o.Owner)));
        Assert.Equal(alone.Findings.Select(f => f.Id), audit.Findings.Select(f => f.Id));
        Assert.Equal(alone.Remedies.Count, audit.Remedies.Count);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Deadline_AsTheClockMoves_OpenDueSoonOverdue_ThenSatisfiedByTheReturn(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        var clock = new FakeTimeProvider();
        const string id = "OB/O-1/P-1/facilitate_return";

        Assert.Equal("open", StatusOf(await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 5, 0, 0, 0, TimeSpan.Zero)), id));
        Assert.Equal("due-soon", StatusOf(await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 7, 0, 0, 0, TimeSpan.Zero)), id));
        var overdue = Assert.Single(await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 20, 0, 0, 0, TimeSpan.Zero)), o => o.Id == id);
        Assert.Equal(("overdue", "US-ICE"), (overdue.Status, overdue.Owner));

        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"person.returned","id":"E-RET","person":"P-1","from":"F-SV","to":"F-TX","authority":"US-ICE","occurred_at":"2025-06-06T20:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory, "return.jsonl"));
        var satisfied = Assert.Single(await AtAsync(registry, clock, new DateTimeOffset(2025, 6, 7, 0, 0, 0, TimeSpan.Zero)), o => o.Id == id);

        Assert.Equal("satisfied", satisfied.Status);
        Assert.Equal(["E-RET"], satisfied.Evidence);
        Assert.Contains(satisfied.History, h => h.Event == "E-RET" && h.Type == "person.returned");
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task AdministrativeStay_SuspendsTheDeadline_AndLiftedItRunsAgainLater(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry()
            .Line("""{"type":"order.stayed","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-07T03:59:00Z"}""")
            .WriteTo(registry.Location.DataDirectory));
        var clock = new FakeTimeProvider();
        const string id = "OB/O-1/P-1/facilitate_return";

        Assert.Equal("stayed", StatusOf(await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 9, 0, 0, 0, TimeSpan.Zero)), id));
        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"order.unstayed","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-10T03:59:00Z"}""")
            .WriteTo(registry.Location.DataDirectory, "unstay.jsonl"));
        var running = Assert.Single(await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 10, 12, 0, 0, TimeSpan.Zero)), o => o.Id == id);

        // Stayed three days, one before the deadline: due three days later than ordered.
        Assert.Equal(("due-soon", "2025-04-11T03:59:00Z"), (running.Status, running.Due));
        Assert.Equal("overdue", StatusOf(await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 12, 0, 0, 0, TimeSpan.Zero)), id));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task DailyStatusReport_OneOccurrencePerDay_AndTheMissingOneIsOverdue(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry()
            .Line("""{"type":"order.complied","id":"E-D1","order":"O-2","action":"status_report","evidence":["declaration"],"occurred_at":"2025-04-11T20:00:00Z"}""")
            .Line("""{"type":"order.complied","id":"E-D3","order":"O-2","action":"status_report","evidence":["declaration"],"occurred_at":"2025-04-13T20:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory));
        var clock = new FakeTimeProvider();

        var reports = (await AtAsync(registry, clock, new DateTimeOffset(2025, 4, 14, 12, 0, 0, TimeSpan.Zero))).Where(o => o.Order == "O-2").ToArray();

        Assert.Equal(
            [("2025-04-11", "satisfied"), ("2025-04-12", "overdue"), ("2025-04-13", "satisfied"), ("2025-04-14", "due-soon")],
            reports.Select(o => (o.Due!, o.Status)));
        Assert.All(reports, o => Assert.True(o.Recurring));
        var missing = Assert.Single(await new ObligationsQuery(new Domain.Rules.RuleBook(), clock)
            .RunAsync(registry.Location, null, "overdue", TestContext.Current.CancellationToken) is var (_, overdue) ? overdue.Where(o => o.Order == "O-2") : []);
        Assert.Equal("OB/O-2/P-1/status_report/2025-04-12", missing.Id);
    }
}
