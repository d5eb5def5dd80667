using Habeas.Core.Import;
using Habeas.Core.Maintenance;
using Habeas.Testing;

namespace Habeas.Core.Tests.Audit;

/// <summary>Issue #4: requests are gated, recorded acts audited, remedies opened; all of it reproduced from the log.</summary>
public sealed class GateAndAuditTests
{
    private static Events Registry() => new Events()
        .Facility("F-TX").Facility("F-SV", country: "SV", authority: "SV-PRISONS", capacity: 40000, kind: "prison")
        .Line("""{"type":"person.recorded","person":"P-CIT","given":"Tomás","surnames":["Ibarra"],"dob":"1985-11-30","birth_country":"US","nationalities":["US"]}""")
        .Line("""{"type":"instrument.recorded","instrument":"I-CIT","person":"P-CIT","kind":"us_citizenship","evidence":["birth_certificate"],"occurred_at":"1985-12-05"}""")
        .Person("P-ORD", country: "SV")
        .Line("""{"type":"instrument.recorded","instrument":"I-ORD","person":"P-ORD","kind":"final_removal_order","countries":["SV"],"issued_at":"2024-05-02","occurred_at":"2024-05-02"}""")
        .Began("P-CIT", "F-TX", "2025-03-01T15:00:00Z")
        .Began("P-ORD", "F-TX", "2025-03-01T15:00:00Z");

    private static string Request(string id, string persons) =>
        $$"""{"type":"transfer.requested","request":"{{id}}","persons":[{{persons}}],"from":"F-TX","country":"SV","planned_for":"2025-05-01T10:00:00Z","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-04-25T10:00:00Z"}""";

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Request_ForACitizen_IsRefusedWithTheFindingInTheDecision(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Request("R-1", "\"P-CIT\"")).WriteTo(registry.Location.DataDirectory));

        var file = await Run.PersonAsync(registry, "P-CIT");

        var decision = Assert.Single(file!.Timeline, e => e.Type == "transfer.decided");
        Assert.Equal("refused", decision.Event.GetProperty("decision").GetString());
        var findings = decision.Event.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "US-NATIONAL" && f.GetProperty("severity").GetString() == "block" &&
                                       f.GetProperty("event").GetString() == "R-1");
        Assert.Equal("2025-04-25T10:00:00Z", decision.OccurredAt);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Request_LawfulRemoval_IsApproved(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Request("R-2", "\"P-ORD\"")).WriteTo(registry.Location.DataDirectory));

        var file = await Run.PersonAsync(registry, "P-ORD");

        var decision = Assert.Single(file!.Timeline, e => e.Type == "transfer.decided");
        Assert.Equal("approved", decision.Event.GetProperty("decision").GetString());
        Assert.Empty(decision.Event.GetProperty("findings").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Request_ForTwoPersonsOneProtected_IsRefusedForAll(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Request("R-3", "\"P-ORD\",\"P-CIT\"")).WriteTo(registry.Location.DataDirectory));

        var file = await Run.PersonAsync(registry, "P-ORD");

        var decision = Assert.Single(file!.Timeline, e => e.Type == "transfer.decided");
        Assert.Equal("refused", decision.Event.GetProperty("decision").GetString());
    }

    // The gate reads the facts about no one person once a session and then only newer ones: a class-wide order
    // recorded between two requests of the same file must weigh on the second and not the first.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Requests_InOneFile_EachJudgedOnTheFactsRecordedBeforeIt(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry()
            .Line(Request("R-1", "\"P-ORD\""))
            .Line("""{"type":"order.issued","order":"O-CLASS","scope":{"class":{"description":"held in F-TX","held_in":["F-TX"]}},"court":"U.S. District Court","case":"1:25-cv-9","issued_at":"2025-04-26T10:00:00Z","requires":[{"action":"no_transfer"}],"occurred_at":"2025-04-26T10:00:00Z"}""")
            .Line(Request("R-2", "\"P-ORD\""))
            .WriteTo(registry.Location.DataDirectory));

        var decisions = (await Run.PersonAsync(registry, "P-ORD"))!.Timeline.Where(e => e.Type == "transfer.decided")
            .ToDictionary(e => e.Event.GetProperty("request").GetString()!, e => e.Event.GetProperty("decision").GetString());

        Assert.Equal("approved", decisions["R-1"]);
        Assert.Equal("refused", decisions["R-2"]);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task ImportedDecision_ThatIsNotTheRegistrys_IsRejectedAndChangesNothing(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Request("R-1", "\"P-CIT\"")).WriteTo(registry.Location.DataDirectory));
        var before = await Run.DigestAsync(registry);
        var forged = new Events().Line("""{"type":"transfer.decided","request":"R-1","decision":"approved","occurred_at":"2025-04-26T10:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory, "forged.jsonl");

        var result = await Run.ImportAsync(registry, forged);

        var rejected = Assert.IsType<ImportResult.Rejected>(result);
        Assert.Contains(rejected.Errors, e => e.Contains("field 'decision': expected the registry's own decision for request R-1", StringComparison.Ordinal));
        Assert.Equal(before, await Run.DigestAsync(registry));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task ImportedDecision_ForARequestInTheSameFile_IsRejectedUnlessItIsTheRegistrys(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var file = Registry().Line(Request("R-1", "\"P-ORD\""))
            .Line("""{"type":"transfer.decided","request":"R-1","decision":"refused","findings":[],"occurred_at":"2025-04-25T10:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory);

        var result = await Run.ImportAsync(registry, file);

        Assert.Contains(Assert.IsType<ImportResult.Rejected>(result).Errors, e => e.Contains("field 'decision'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task ExportWithDecisions_ImportedAndRebuilt_ReproducesDigestAndFindings(string provider)
    {
        await using var source = await TestRegistry.CreateAsync(provider);
        await using var target = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(source, Registry().Line(Request("R-1", "\"P-CIT\"")).Line(Request("R-2", "\"P-ORD\""))
            .Removed("P-CIT", "F-TX", "SV", "F-SV", "2025-05-01T10:00:00Z")
            .WriteTo(source.Location.DataDirectory));
        var export = Path.Combine(target.Location.DataDirectory, "export.jsonl");
        await using (var writer = new StreamWriter(export))
        {
            await ExportHandler.HandleAsync(source.Location, writer, TestContext.Current.CancellationToken);
        }

        await Run.ImportOkAsync(target, export);
        var audited = await Run.AuditAsync(source);
        await RebuildHandler.HandleAsync(source.Location, TestContext.Current.CancellationToken);

        Assert.Equal(await Run.DigestAsync(source), await Run.DigestAsync(target));
        static string Json(Core.Audit.AuditReport r) => System.Text.Json.JsonSerializer.Serialize(r.Findings);
        Assert.Equal(Json(audited), Json(await Run.AuditAsync(target)));
        Assert.Equal(Json(audited), Json(await Run.AuditAsync(source)));
        Assert.Contains(audited.Findings, f => f.Rule == "US-NATIONAL" && f.Person == "P-CIT" && f.Sequence is not null);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task RefusedRequest_CarriedOutAnyway_IsRecordedAndAuditedAsAViolation(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Request("R-1", "\"P-CIT\""))
            .Line("""{"type":"person.removed","id":"E-GONE","person":"P-CIT","from":"F-TX","country":"SV","to":"F-SV","authority":"US-ICE","basis":"title8_order","request":"R-1","occurred_at":"2025-05-01T10:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory));

        var report = await Run.AuditAsync(registry);

        Assert.Contains(report.Findings, f => f.Rule == "REFUSED-REQUEST" && f.Event == "E-GONE" && f.Severity == "block");
        Assert.Contains(report.Remedies, r => r.Removal == "E-GONE" && r.Findings.Any(f => f.StartsWith("REFUSED-REQUEST/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Removal_NamingAnUnknownRequest_IsRejected(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);

        var result = await Run.ImportAsync(registry, Registry()
            .Line("""{"type":"person.removed","person":"P-ORD","from":"F-TX","country":"SV","authority":"US-ICE","basis":"title8_order","request":"R-404","occurred_at":"2025-05-01T10:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory));

        Assert.Contains(Assert.IsType<ImportResult.Rejected>(result).Errors, e => e.Contains("field 'request'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task BlockedRemoval_OpensARemedyUntilThePersonIsReturned(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry()
            .Removed("P-CIT", "F-TX", "SV", "F-SV", "2025-05-01T10:00:00Z")
            .HandedOver("P-CIT", "F-SV", "2025-05-01T16:00:00Z")
            .Returned("P-CIT", "F-SV", "F-TX", "2025-06-06T20:00:00Z")
            .WriteTo(registry.Location.DataDirectory));

        var during = await Run.AuditAsync(registry, "2025-05-20");
        var after = await Run.AuditAsync(registry, "2025-06-07");

        var open = Assert.Single(during.Remedies);
        Assert.Equal(("P-CIT", "open", "facilitate_return", "US-ICE"), (open.Person, open.Status, open.Action, open.Owner));
        Assert.Contains(open.Findings, f => f.StartsWith("US-NATIONAL/P-CIT/", StringComparison.Ordinal));
        var satisfied = Assert.Single(after.Remedies);
        Assert.Equal("satisfied", satisfied.Status);
        Assert.Equal(["HE-11"], satisfied.Evidence);
    }
}
