using Habeas.Core.Identity;
using Habeas.Core.Import;
using Habeas.Core.Maintenance;
using Habeas.Testing;

namespace Habeas.Core.Tests.Identity;

/// <summary>
/// Issue #5, registry integration, on both databases: merges and splits projected into one case file and one custody
/// history; the rules judge every id of a person; a record without a <c>person</c> resolved at append time (linked,
/// for review, or new); all of it reproduced by rebuild and by an export imported again.
/// </summary>
public sealed class IdentityResolutionTests
{
    private const string Marta =
        """{"type":"person.recorded","person":"P-1","given":"Marta Elena","surnames":["Ruiz","Paredes"],"dob":"1990-02-14","nationalities":["SV"],"ids":{"a_number":"A-100-000-001"}}""";

    private const string MartaAgain =
        """{"type":"person.recorded","person":"P-9","given":"Marta","surnames":["Ruiz"],"dob":"1990-02-14","nationalities":["SV"]}""";

    private const string Withholding =
        """{"type":"instrument.recorded","instrument":"I-1","person":"P-1","kind":"withholding_of_removal","country":"SV","issued_at":"2019-10-10","effective_from":"2019-10-10","occurred_at":"2019-10-10"}""";

    private const string Merge = """{"type":"identity.merged","persons":["P-1","P-9"],"reason":"records officer review","occurred_at":"2025-03-11"}""";

    private static Events Registry() => new Events()
        .Facility("F-TX").Facility("F-LA").Facility("F-SV", country: "SV", authority: "SV-PRISONS", capacity: 40000, kind: "prison")
        .Line(Marta).Line(MartaAgain).Line(Withholding)
        .Began("P-1", "F-TX", "2025-03-01T15:00:00Z")
        .Transferred("P-9", "F-TX", "F-LA", "2025-03-10T12:00:00Z");

    private static async Task<string> ExportAsync(TestRegistry from, string directory)
    {
        var path = Path.Combine(directory, "export.jsonl");
        await using var writer = new StreamWriter(path);
        await ExportHandler.HandleAsync(from.Location, writer, TestContext.Current.CancellationToken);
        return path;
    }

    private static async Task<string[]> LinesAsync(TestRegistry registry)
    {
        var path = await ExportAsync(registry, registry.Location.DataDirectory);
        return await File.ReadAllLinesAsync(path, TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Merge_TwoIdsOfOnePerson_GivesOneCaseFileWithBothRecordsAndTheLatestCustody(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Merge).WriteTo(registry.Location.DataDirectory));

        var survivor = await Run.PersonAsync(registry, "P-1");
        var byAlias = await Run.PersonAsync(registry, "P-9");

        Assert.Equal("P-1", survivor!.Person);
        Assert.Equal(["P-9"], survivor.MergedIds);
        Assert.Equal(2, survivor.Records.Count);
        // P-9's transfer moved the person P-1 was booked in as: one custody history, held at F-LA.
        Assert.Equal("F-LA", survivor.Current!.Facility);
        Assert.Contains(survivor.Timeline, e => e.Type == "identity.merged");
        Assert.Equal("P-1", byAlias!.Person);
        Assert.Equal(survivor.Timeline.Select(e => e.Sequence), byAlias.Timeline.Select(e => e.Sequence));
        var atF = await Run.FacilityAsync(registry, "F-LA");
        Assert.Equal(1, atF!.Population);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Merge_ProtectionRecordedUnderOneId_BlocksARemovalRequestedForTheOther(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Merge)
            .Line("""{"type":"transfer.requested","request":"R-1","persons":["P-9"],"from":"F-LA","to":"F-SV","planned_for":"2025-03-15T22:00:00Z","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-12T10:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory));

        var decision = Assert.Single((await Run.PersonAsync(registry, "P-1"))!.Timeline, e => e.Type == "transfer.decided");

        Assert.Equal("refused", decision.Event.GetProperty("decision").GetString());
        Assert.Contains(decision.Event.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "PROTECTED-COUNTRY" && f.GetProperty("person").GetString() == "P-1");
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Merge_RemovalRecordedUnderTheOtherId_IsAuditedAgainstTheProtection(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Merge)
            .Removed("P-9", "F-LA", "SV", "F-SV", "2025-03-15T22:00:00Z")
            .WriteTo(registry.Location.DataDirectory));

        var report = await Run.AuditAsync(registry);

        Assert.Contains(report.Findings, f => f.Rule == "PROTECTED-COUNTRY" && f.Person == "P-1" && f.Severity == "block");
        Assert.DoesNotContain(report.Findings, f => f.Person == "P-9");
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Split_OfTheMergedRecord_GivesEachIdItsOwnFileAndCustodyAgain(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var before = Registry();
        await Run.ImportOkAsync(registry, before.WriteTo(registry.Location.DataDirectory, "before.jsonl"));
        var unmerged = await Run.DigestAsync(registry);
        await Run.ImportOkAsync(registry, new Events().Line(Merge).WriteTo(registry.Location.DataDirectory, "merge.jsonl"));

        // Sequence 5 is P-9's record (three facilities, then P-1's).
        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"identity.split","records":["5"],"reason":"two women of one name","occurred_at":"2025-03-20"}""")
            .WriteTo(registry.Location.DataDirectory, "split.jsonl"));

        var p1 = await Run.PersonAsync(registry, "P-1");
        var p9 = await Run.PersonAsync(registry, "P-9");
        Assert.Empty(p1!.MergedIds);
        Assert.Single(p1.Records);
        Assert.Equal("F-TX", p1.Current!.Facility);
        Assert.Equal("P-9", p9!.Person);
        Assert.Equal("F-LA", p9.Current!.Facility);
        Assert.Contains(p1.Timeline, e => e.Type == "identity.split");
        var digest = await Run.DigestAsync(registry);
        await RebuildHandler.HandleAsync(registry.Location, TestContext.Current.CancellationToken);
        Assert.Equal(digest, await Run.DigestAsync(registry));
        // The projections are as before the merge but for the two decisions kept as labels.
        Assert.NotEqual(unmerged, digest);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Split_NamingAnEventThatIsNotARecord_IsRejectedAndChangesNothing(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line(Merge).WriteTo(registry.Location.DataDirectory, "before.jsonl"));
        var digest = await Run.DigestAsync(registry);

        var result = await Run.ImportAsync(registry, new Events()
            .Line("""{"type":"identity.split","records":["6"],"reason":"wrong line","occurred_at":"2025-03-20"}""")
            .WriteTo(registry.Location.DataDirectory, "split.jsonl"));

        var error = Assert.Single(Assert.IsType<ImportResult.Rejected>(result).Errors);
        Assert.Contains("split.jsonl:1: field 'records[0]': expected a person.recorded event", error, StringComparison.Ordinal);
        Assert.Contains("instrument.recorded", error, StringComparison.Ordinal);
        Assert.Equal(digest, await Run.DigestAsync(registry));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task RecordWithoutId_ClearlyARegistryPerson_IsLinkedByTheRegistryInTheLog(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory, "registry.jsonl"));

        // Incremental: a later file's record is matched against what the registry holds.
        var summary = await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"person.recorded","given":"MARTA ELENA","surnames":["RUIZ","PAREDES"],"dob":"1990-02-14","nationalities":["SV"],"ids":{"a_number":"100000001"},"source":{"name":"flight manifest"}}""")
            .WriteTo(registry.Location.DataDirectory, "manifest.jsonl"));

        var link = (await LinesAsync(registry)).Last();
        Assert.Contains("\"type\":\"identity.merged\"", link, StringComparison.Ordinal);
        Assert.Contains("\"persons\":[\"P-1\",\"HP-9\"]", link, StringComparison.Ordinal);
        Assert.Contains("\"source\":{\"name\":\"habeas identity\"}", link, StringComparison.Ordinal);
        Assert.Contains("identity resolution: probability", link, StringComparison.Ordinal);
        Assert.Equal(1, summary.EventsByType["identity.merged"]);
        var file = await Run.PersonAsync(registry, "HP-9");
        Assert.Equal("P-1", file!.Person);
        Assert.Contains("HP-9", file.MergedIds);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task RecordWithoutId_LikeTwoPersons_IsANewPersonAndWaitsForReview(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line("""{"type":"person.recorded","given":"Marta","surnames":["Ruiz","Paredes"],"nationalities":["SV"]}""")
            .WriteTo(registry.Location.DataDirectory));

        var lines = await LinesAsync(registry);
        await using var db = await registry.OpenAsync();
        var (pairs, _) = await DuplicatePersons.FindAsync(db, 0.9, CancellationToken.None);

        Assert.DoesNotContain(lines, l => l.Contains("identity.merged", StringComparison.Ordinal));
        Assert.Equal("HP-9", (await Run.PersonAsync(registry, "HP-9"))!.Person);
        Assert.Contains(pairs, p => p.PersonB == "HP-9" && p.Status == "review");
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task RecordWithoutId_UnlikeAnyone_IsANewPerson(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().Line("""{"type":"person.recorded","given":"Juan Carlos","surnames":["Mendoza"],"dob":"1988-07-01","nationalities":["HN"]}""")
            .Began("HP-9", "F-TX", "2025-04-01T10:00:00Z")
            .WriteTo(registry.Location.DataDirectory));

        var file = await Run.PersonAsync(registry, "HP-9");

        Assert.Equal("HP-9", file!.Person);
        Assert.Empty(file.MergedIds);
        Assert.Equal("F-TX", file.Current!.Facility);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Export_WithTheRegistrysLinksAndAReviewersSplit_ImportedIntoAnEmptyRegistry_ReproducesTheDigest(string provider)
    {
        await using var source = await TestRegistry.CreateAsync(provider);
        await using var target = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(source, Registry().Line(Merge)
            .Line("""{"type":"person.recorded","given":"MARTA ELENA","surnames":["RUIZ","PAREDES"],"dob":"1990-02-14","nationalities":["SV"],"ids":{"a_number":"100000001"}}""")
            .Line("""{"type":"person.recorded","given":"Marta","surnames":["Ruiz","Paredes"],"nationalities":["SV"]}""")
            .Line("""{"type":"identity.split","records":["5"],"reason":"two women","occurred_at":"2025-03-20"}""")
            .Line("""{"type":"person.recorded","given":"Marta","surnames":["Ruiz"],"dob":"1990-02-14","nationalities":["SV"]}""")
            .WriteTo(source.Location.DataDirectory));

        await Run.ImportOkAsync(target, await ExportAsync(source, target.Location.DataDirectory));
        var digest = await Run.DigestAsync(source);
        await RebuildHandler.HandleAsync(source.Location, TestContext.Current.CancellationToken);

        Assert.Equal(digest, await Run.DigestAsync(target));
        Assert.Equal(digest, await Run.DigestAsync(source));
        Assert.Equal(
            (await Run.PersonAsync(source, "P-1"))!.MergedIds,
            (await Run.PersonAsync(target, "P-1"))!.MergedIds);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task ImportedLink_MarkedAsTheRegistrysButNotMadeByIt_IsRejected(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var result = await Run.ImportAsync(registry, Registry()
            .Line("""{"type":"person.recorded","person":"P-2","given":"Tomás","surnames":["Ibarra"],"dob":"1985-11-30","nationalities":["US"]}""")
            .Line("""{"type":"identity.merged","persons":["P-1","P-2"],"reason":"forged","occurred_at":"2025-03-11","source":{"name":"habeas identity"}}""")
            .WriteTo(registry.Location.DataDirectory));

        var error = Assert.Single(Assert.IsType<ImportResult.Rejected>(result).Errors);
        Assert.Contains("field 'source'", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Split_NamingTheOtherPerson_KeepsThePairOutOfTheReviewQueue(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory, "registry.jsonl"));
        await using (var db = await registry.OpenAsync())
        {
            Assert.Contains((await DuplicatePersons.FindAsync(db, 0.9, CancellationToken.None)).Pairs, p => (p.PersonA, p.PersonB) == ("P-1", "P-9"));
        }

        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"identity.split","records":["5"],"person":"P-1","reason":"reviewed: two women","occurred_at":"2025-03-20"}""")
            .WriteTo(registry.Location.DataDirectory, "review.jsonl"));

        await using var after = await registry.OpenAsync();
        Assert.DoesNotContain((await DuplicatePersons.FindAsync(after, 0.9, CancellationToken.None)).Pairs, p => (p.PersonA, p.PersonB) == ("P-1", "P-9"));
        Assert.Equal("P-9", (await Run.PersonAsync(registry, "P-9"))!.Person);
    }
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_AfterAMerge_FindsThePersonOnceUnderTheSurvivor_AndTheCacheSeesTheMerge(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory, "registry.jsonl"));
        using var cache = new LocatorCache();
        async Task<IReadOnlyList<LocateCandidate>> LocateAsync()
        {
            await using var db = await registry.OpenAsync();
            return await new LocateHandler(db, cache).HandleAsync(new LocateQuery("Marta Ruiz", Dob: "1990-02-14"), CancellationToken.None);
        }

        var before = await LocateAsync();
        await Run.ImportOkAsync(registry, new Events().Line(Merge).WriteTo(registry.Location.DataDirectory, "merge.jsonl"));
        var after = await LocateAsync();

        Assert.Contains(before, c => c.Person == "P-9");
        var found = Assert.Single(after, c => c.Person is "P-1" or "P-9");
        Assert.Equal("P-1", found.Person);
        Assert.Equal("F-LA", found.Facility);
    }
}

/// <summary>Which decisions teach the weights: a reviewer's, never the registry's own links.</summary>
public sealed class IdentityLabelTests
{
    private static Matching.Records.IdentityRecord Record(string id) => new(id, Matching.Normalisation.PersonName.Parse("Marta Ruiz"));

    [Fact]
    public void Labels_ReviewersDecisions_ArePairsOfEachIdsFirstRecord_AndTheRegistrysLinksAreLeftOut()
    {
        var records = new[] { Record("P-1"), Record("P-1") with { Name = Matching.Normalisation.PersonName.Parse("Marta R") }, Record("P-9"), Record("HP-12") };
        var labels = new[]
        {
            new IdentityLabel("P-1", "P-9", Same: false, ByRegistry: false),
            new IdentityLabel("P-1", "HP-12", Same: true, ByRegistry: true),
            new IdentityLabel("P-1", "P-404", Same: true, ByRegistry: false),
        };

        var pair = Assert.Single(IdentityResolver.Labels(records, labels));

        Assert.Same(records[0], pair.A);
        Assert.Same(records[2], pair.B);
        Assert.False(pair.Same);
    }
}
