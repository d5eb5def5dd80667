using Habeas.Core.Import;
using Habeas.Core.Store;
using Habeas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Tests.Import;

public sealed class ImportHandlerTests
{
    /// <summary>A 10,000-line file: facilities, persons, and custody histories.</summary>
    private static Events TenThousandLines(int badLine = -1)
    {
        var events = new Events();
        for (var f = 0; f < 20; f++)
        {
            events.Facility($"F-{f}");
        }

        var person = 0;
        while (events.Count < 10_000)
        {
            var id = $"P-{person}";
            if (events.Count + 1 == badLine)
            {
                events.Line($$"""{"type":"person.recorded","person":"{{id}}","given":"Ana","surnames":["Pérez"],"birth_country":"USA-ish"}""");
            }
            else
            {
                events.Person(id);
            }

            var day = 1 + (person % 27);
            for (var step = 0; step < 4 && events.Count < 10_000; step++)
            {
                var at = $"2025-{1 + step:00}-{day:00}T12:00:00Z";
                if (step == 0)
                {
                    events.Began(id, $"F-{person % 20}", at);
                }
                else
                {
                    events.Transferred(id, $"F-{(person + step - 1) % 20}", $"F-{(person + step) % 20}", at);
                }
            }

            person++;
        }

        return events;
    }

    // Issue #2: a 10,000-line file with one bad line changes nothing and names file, line and field; fixed, it
    // imports; imported again, it adds nothing.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_TenThousandLinesWithOneBad_ChangesNothingThenFixedImportsThenAgainAddsNothing(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var dir = registry.Location.DataDirectory;
        var before = await Run.DigestAsync(registry);

        var bad = TenThousandLines(badLine: 7_001).WriteTo(dir, "big.jsonl");
        var rejected = Assert.IsType<ImportResult.Rejected>(await Run.ImportAsync(registry, bad));
        Assert.Equal(1, rejected.ErrorCount);
        Assert.Equal($"{bad}:7001: field 'birth_country': expected an ISO 3166-1 alpha-2 country code (US, SV, VE), got \"USA-ish\"", rejected.Errors[0]);
        Assert.Equal(before, await Run.DigestAsync(registry));
        await using (var db = await registry.OpenAsync())
        {
            Assert.Equal(0, await db.Events.CountAsync(TestContext.Current.CancellationToken));
        }

        var good = TenThousandLines().WriteTo(dir, "big.jsonl");
        var summary = await Run.ImportOkAsync(registry, good);
        Assert.Equal(10_000, summary.Events);
        var after = await Run.DigestAsync(registry);
        Assert.NotEqual(before, after);

        var again = Assert.IsType<ImportResult.AlreadyImported>(await Run.ImportAsync(registry, good));
        Assert.Equal(summary.Sha256, again.Sha256);
        Assert.Equal(after, await Run.DigestAsync(registry));
    }

    // A records officer checks a file before it is written: the dry run says what would be appended (the gate's
    // decision too), writes nothing — not even into an empty registry, whose bulk load drops indexes — and the same
    // file then imports as it said.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_DryRun_SaysWhatWouldBeWrittenAndWritesNothing(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var dir = registry.Location.DataDirectory;
        var ct = TestContext.Current.CancellationToken;
        var before = await Run.DigestAsync(registry);
        var path = new Events().Facility("F-1").Facility("F-2").Person("P-1").Began("P-1", "F-1", "2025-01-01T00:00:00Z")
            .Line("""{"type":"transfer.requested","request":"R-1","persons":["P-1"],"from":"F-1","to":"F-2","planned_for":"2025-02-01","authority":"US-ICE","occurred_at":"2025-01-20"}""")
            .WriteTo(dir, "check.jsonl");
        var indexes = await IndexNamesAsync(registry);

        var dry = Assert.IsType<ImportResult.Checked>(
            await new ImportHandler(registry.Location, Run.Clock).HandleAsync(new ImportCommand(path, null, "test", DryRun: true), null, ct));

        Assert.Equal(6, dry.Summary.Events);
        Assert.Equal(1, dry.Summary.EventsByType["transfer.decided"]);
        Assert.Equal(before, await Run.DigestAsync(registry));
        Assert.Equal(indexes, await IndexNamesAsync(registry));
        await using (var db = await registry.OpenAsync())
        {
            Assert.False(await db.Events.AnyAsync(ct));
            Assert.False(await db.SourceFiles.AnyAsync(ct));
        }

        var imported = await Run.ImportOkAsync(registry, path);
        Assert.Equal(dry.Summary.EventsByType.OrderBy(x => x.Key), imported.EventsByType.OrderBy(x => x.Key));

        var bad = new Events().Began("P-1", "F-9", "2025-03-01T00:00:00Z").WriteTo(dir, "bad.jsonl");
        var rejected = Assert.IsType<ImportResult.Rejected>(
            await new ImportHandler(registry.Location, Run.Clock).HandleAsync(new ImportCommand(bad, null, "test", DryRun: true), null, ct));
        Assert.Contains("field 'facility'", rejected.Errors[0], StringComparison.Ordinal);
    }

    private static async Task<string[]> IndexNamesAsync(TestRegistry registry)
    {
        await using var db = await registry.OpenAsync();
        var sql = registry.Location.Provider == RegistryProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()";
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(TestContext.Current.CancellationToken)).Order(StringComparer.Ordinal).ToArray();
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_UnknownFacility_IsAnErrorUnlessRegisteredEarlierInTheFile(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var dir = registry.Location.DataDirectory;

        var late = new Events().Person("P-1").Began("P-1", "F-X", "2025-01-01T00:00:00Z").Facility("F-X").WriteTo(dir, "late.jsonl");
        var rejected = Assert.IsType<ImportResult.Rejected>(await Run.ImportAsync(registry, late));
        Assert.Equal([$"{late}:2: field 'facility': expected a facility recorded in the registry or earlier in this file, got \"F-X\""], rejected.Errors);

        var early = new Events().Facility("F-X").Person("P-1").Began("P-1", "F-X", "2025-01-01T00:00:00Z").WriteTo(dir, "early.jsonl");
        await Run.ImportOkAsync(registry, early);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_FacilityRegisteredAgain_IsANoOpWhenIdenticalAndAnErrorWhenDifferent(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var dir = registry.Location.DataDirectory;
        await Run.ImportOkAsync(registry, new Events().Facility("F-1", capacity: 10).WriteTo(dir, "a.jsonl"));

        var same = await Run.ImportOkAsync(registry, new Events().Facility("F-1", capacity: 10).Person("P-1").WriteTo(dir, "b.jsonl"));
        var different = await Run.ImportAsync(registry, new Events().Facility("F-1", capacity: 11).WriteTo(dir, "c.jsonl"));

        Assert.Equal((1L, 1), (same.Events, same.Unchanged));
        var rejected = Assert.IsType<ImportResult.Rejected>(different);
        Assert.Contains("field 'facility'", rejected.Errors[0], StringComparison.Ordinal);
        Assert.Contains("use facility.updated", rejected.Errors[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_ManyBadLines_ShowsTheFirst50AndCountsAll(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var events = new Events();
        for (var i = 0; i < 120; i++)
        {
            events.Line("""{"type":"custody.began","person":"P-1","facility":"F-1"}""");
        }

        var rejected = Assert.IsType<ImportResult.Rejected>(await Run.ImportAsync(registry, events.WriteTo(registry.Location.DataDirectory)));

        // Each line lacks occurred_at and authority (references are checked only on lines that read).
        Assert.Equal(240, rejected.ErrorCount);
        Assert.Equal(ImportHandler.ShownErrors, rejected.Errors.Count);
    }

    [Theory]
    [InlineData("{not json", "field '(line)': expected one JSON object, got invalid JSON")]
    [InlineData("""{"type":"spaceship.launched","occurred_at":"2025"}""", "field 'type': expected one of agreement.recorded, custody.began")]
    [InlineData("""{"type":"person.recorded","person":"P-1","given":"A","dob":"14/02/1990"}""", "field 'dob': expected an instant with offset")]
    [InlineData("""{"type":"person.recorded","person":"P-1","given":"A","ids":{"a_number":"A-12-34"}}""", "field 'ids.a_number': expected an A-number of 8 or 9 digits")]
    [InlineData("""{"type":"order.issued","order":"O-1","persons":[],"occurred_at":"2025-04-04","requires":[{"action":"fly"}]}""", "field 'requires[0].action': expected one of declare_whereabouts")]
    [InlineData("""{"type":"person.recorded","person":"P-1","given":"A","a":1,"a":2}""", "field '(line)': expected a JSON object with each field once")]
    [InlineData("""{"type":"person.recorded","person":"P-1","given":"An\ud800a"}""", "field '(line)': expected text of valid Unicode characters")]
    [InlineData("""{"type":"person.recorded","person":"P-1","given":"An\u0000a"}""", "field '(line)': expected text without NUL characters")]
    public async Task HandleAsync_MalformedLine_NamesTheFieldAndWhatWasExpected(string line, string expected)
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var path = new Events().Line(line).WriteTo(registry.Location.DataDirectory);

        var rejected = Assert.IsType<ImportResult.Rejected>(await Run.ImportAsync(registry, path));

        Assert.Contains(rejected.Errors, e => e.StartsWith($"{path}:1: {expected}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_WithoutTheSigningKey_RefusesAndWritesNothing()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        File.Delete(Path.Combine(registry.Location.DataDirectory, "ledger.key"));

        var rejected = Assert.IsType<ImportResult.Rejected>(await Run.ImportAsync(registry, SharedData.ContractSample));

        Assert.Contains("signing key", rejected.Errors[0], StringComparison.Ordinal);
        await using var db = await registry.OpenAsync();
        Assert.False(await db.Events.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_ImportedEvents_KeepTheirProvenance(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var summary = await Run.ImportOkAsync(registry, SharedData.ContractSample);

        await using var db = await registry.OpenAsync();
        var first = await db.Events.AsNoTracking().OrderBy(e => e.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("sample.jsonl", summary.Sha256, 1, "test"), (first.SourceName, first.SourceSha256, first.SourceLine, first.RecordedBy));
        Assert.Equal(Run.Clock.GetUtcNow().ToUnixTimeMilliseconds(), first.RecordedAt);
    }
}
