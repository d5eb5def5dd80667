using Habeas.Core.Identity;
using Habeas.Testing;

namespace Habeas.Core.Tests.Identity;

/// <summary>Issue #5's locator over a registry, on both databases: ranked candidates, public fields, sealed persons, bad input.</summary>
public sealed class LocateHandlerTests
{
    private static Events Registry() => new Events()
        .Facility("F-TX").Facility("F-SV", country: "SV", authority: "SV-PRISONS", capacity: 40000, kind: "prison")
        .Line("""{"type":"person.recorded","person":"P-1","given":"Marta Elena","surnames":["Ruiz","Paredes"],"aliases":["Marta Ruiz"],"dob":"1990-02-14","nationalities":["SV"],"ids":{"a_number":"A-100-000-001"}}""")
        .Line("""{"type":"person.recorded","person":"P-2","given":"Marta","surnames":["Ruiz"],"dob":"1971-08-09","nationalities":["MX"]}""")
        .Line("""{"type":"person.recorded","person":"P-S","given":"Rosa","surnames":["Quintero","Vela"],"dob":"1995-05-05","nationalities":["VE"]}""")
        .Line("""{"type":"person.sealed","person":"P-S","reason":"court order","occurred_at":"2025-06-01"}""")
        .Began("P-1", "F-TX", "2025-03-01T15:00:00Z")
        .Removed("P-1", "F-TX", "SV", "F-SV", "2025-03-16T02:00:00Z")
        .HandedOver("P-1", "F-SV", "2025-03-16T06:00:00Z");

    private static async Task<IReadOnlyList<LocateCandidate>> LocateAsync(TestRegistry registry, LocateQuery query, LocatorCache? cache = null)
    {
        await using var db = await registry.OpenAsync();
        return await new LocateHandler(db, cache).HandleAsync(query, CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_ManifestName_FindsThePersonAndWhereTheyAreHeld(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));

        var found = await LocateAsync(registry, new LocateQuery("RUIZ PAREDES, MARTA", Dob: "02/14/1990"));

        var first = found[0];
        Assert.Equal("P-1", first.Person);
        Assert.Equal("F-SV", first.Facility);
        Assert.Equal("SV", first.Country);
        Assert.Equal("2025-03-16T06:00:00Z", first.Since);
        Assert.Equal("held", first.Status);
        Assert.True(first.Probability > 0.99);
        Assert.NotNull(first.Reasons);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_PersonWithTwoMatchingRecords_AppearsOnce(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));

        var found = await LocateAsync(registry, new LocateQuery("Marta Ruiz"));

        Assert.Equal(found.Count, found.Select(c => c.Person).Distinct().Count());
        Assert.Contains(found, c => c.Person == "P-2");
        Assert.Contains(found, c => c.Person == "P-1");
    }

    // Issue #8: a minor's name is never public. The public locator still finds the child (a parent looking for them
    // learns the registry id and where they are held) but shows no name; counsel's view keeps it. A year of birth alone
    // counts from its last day: born "2008" may still be 17 on 29 November 2026.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_Public_WithholdsTheNameOfAnyoneWhoMayBeAMinor(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var events = Registry()
            .Line("""{"type":"person.recorded","person":"P-C","given":"Sofía","surnames":["Ruiz","Paredes"],"dob":"2022-03-01","nationalities":["US"]}""")
            .Line("""{"type":"person.recorded","person":"P-Y","given":"Tomás","surnames":["Ruiz","Paredes"],"dob":"2008","nationalities":["SV"]}""")
            .Began("P-C", "F-TX", "2025-03-01T15:00:00Z");
        await Run.ImportOkAsync(registry, events.WriteTo(registry.Location.DataDirectory));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await using var db = await registry.OpenAsync();

        var found = new List<LocateCandidate>();
        foreach (var name in new[] { "RUIZ PAREDES, SOFIA", "RUIZ PAREDES, TOMAS", "RUIZ PAREDES, MARTA ELENA" })
        {
            found.AddRange(await new LocateHandler(db, null, clock).HandleAsync(new LocateQuery(name, Limit: 10, Public: true), CancellationToken.None));
        }

        found = found.DistinctBy(c => c.Person).ToList();
        var open = await new LocateHandler(db, null, clock).HandleAsync(new LocateQuery("RUIZ PAREDES, SOFIA", Limit: 10), CancellationToken.None);

        var child = Assert.Single(found, c => c.Person == "P-C");
        Assert.Equal(LocateHandler.MinorWithheld, child.Name);
        Assert.Equal("F-TX", child.Facility);
        Assert.Equal(LocateHandler.MinorWithheld, Assert.Single(found, c => c.Person == "P-Y").Name);
        Assert.StartsWith("Marta Elena", Assert.Single(found, c => c.Person == "P-1").Name, StringComparison.Ordinal);
        Assert.StartsWith("Sofía", Assert.Single(open, c => c.Person == "P-C").Name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_Public_LeavesOutSealedPersonsAndReasons(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));

        var official = await LocateAsync(registry, new LocateQuery("Rosa Quintero Vela", Dob: "1995-05-05"));
        var forPublic = await LocateAsync(registry, new LocateQuery("Rosa Quintero Vela", Dob: "1995-05-05", Public: true));

        Assert.Equal("P-S", official[0].Person);
        Assert.DoesNotContain(forPublic, c => c.Person == "P-S");
        var marta = await LocateAsync(registry, new LocateQuery("Marta Ruiz Paredes", Dob: "1990-02-14", Id: "A100000001", Public: true));
        var shown = Assert.Single(marta, c => c.Person == "P-1");

        // Only invariant 6's fields: nothing that would confirm a guessed date of birth or A-number.
        Assert.Null(shown.Reasons);
        Assert.Null(shown.Reason);
        Assert.Null(shown.Probability);
        Assert.Null(shown.Weight);
        Assert.Null(shown.Status);
        Assert.Equal("F-SV", shown.Facility);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_WithACache_SeesPersonsRecordedAfterTheFirstLook(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        using var cache = new LocatorCache();
        Assert.Empty(await LocateAsync(registry, new LocateQuery("Tomás Ibarra", Dob: "1985-11-30"), cache));

        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"person.recorded","person":"P-9","given":"Tomás","surnames":["Ibarra"],"dob":"1985-11-30","nationalities":["US"]}""")
            .WriteTo(registry.Location.DataDirectory, "more.jsonl"));

        Assert.Equal("P-9", (await LocateAsync(registry, new LocateQuery("Tomás Ibarra", Dob: "1985-11-30"), cache))[0].Person);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Locate_WithACache_AnswersWhileImportsAddPersons(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        using var cache = new LocatorCache();
        using var stop = new CancellationTokenSource();

        var lookups = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var answered = 0;
            while (!stop.IsCancellationRequested)
            {
                Assert.NotEmpty(await LocateAsync(registry, new LocateQuery("Marta Ruiz"), cache));
                answered++;
            }

            return answered;
        })).ToArray();
        for (var i = 0; i < 5; i++)
        {
            await Run.ImportOkAsync(registry, new Events()
                .Line($$"""{"type":"person.recorded","person":"P-N{{i}}","given":"Nueva","surnames":["Persona","Ñ{{i}}"],"dob":"1980-01-0{{i + 1}}"}""")
                .WriteTo(registry.Location.DataDirectory, $"more-{i}.jsonl"));
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(lookups), n => Assert.True(n > 0));
        Assert.Equal("P-N4", (await LocateAsync(registry, new LocateQuery("Nueva Persona", Dob: "1980-01-05"), cache))[0].Person);
    }

    [Theory]
    [InlineData("Ana", "1990-02-31", null, null, "dob: expected a date")]
    [InlineData("Ana", null, "Atlantis", null, "country: expected a country")]
    [InlineData("Ana", null, null, "12-34", "id: expected an A-number")]
    [InlineData("  ", null, null, null, "name: expected a name")]
    public void Parse_BadField_SaysWhichAndWhatWasExpected(string name, string? dob, string? country, string? id, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => LocateHandler.Parse(new LocateQuery(name, dob, country, id)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
