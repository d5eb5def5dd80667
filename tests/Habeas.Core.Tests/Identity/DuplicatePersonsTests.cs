using Habeas.Core.Identity;
using Habeas.Testing;

namespace Habeas.Core.Tests.Identity;

/// <summary>Issue #5: the registry's own persons deduplicated, on both databases; nothing is changed.</summary>
public sealed class DuplicatePersonsTests
{
    private static async Task<IReadOnlyList<DuplicatePair>> FindAsync(TestRegistry registry)
    {
        await using var db = await registry.OpenAsync();
        return (await DuplicatePersons.FindAsync(db, 0.9, CancellationToken.None)).Pairs;
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Find_TheSamePersonRecordedTwice_IsAPairToMerge(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"person.recorded","person":"P-1","given":"Marta Elena","surnames":["Ruiz","Paredes"],"aliases":["Marta Ruiz"],"dob":"1990-02-14","nationalities":["SV"],"ids":{"a_number":"A-100-000-001"}}""")
            .Line("""{"type":"person.recorded","person":"P-2","given":"Tomás","surnames":["Ibarra"],"dob":"1985-11-30","nationalities":["US"]}""")
            .Line("""{"type":"person.recorded","person":"P-7","given":"MARTA","surnames":["RUIZ","PAREDES"],"dob":"1990-02-14","nationalities":["SV"]}""")
            .WriteTo(registry.Location.DataDirectory));
        var digest = await Run.DigestAsync(registry);

        var pair = Assert.Single(await FindAsync(registry));

        Assert.Equal(("P-1", "P-7", "merge"), (pair.PersonA, pair.PersonB, pair.Status));
        Assert.Equal("Marta Elena Ruiz Paredes", pair.NameA);
        Assert.Contains(pair.Reasons, r => r.Field == "dob" && r.Level == "exact");
        Assert.Equal(digest, await Run.DigestAsync(registry));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Find_NamesakesWithDifferentANumbers_AreForReviewOnly(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"person.recorded","person":"P-1","given":"Marta Elena","surnames":["Ruiz","Paredes"],"dob":"1990-02-14","ids":{"a_number":"A-100-000-001"}}""")
            .Line("""{"type":"person.recorded","person":"P-8","given":"Marta Elena","surnames":["Ruiz","Paredes"],"dob":"1990-02-14","ids":{"a_number":"A-999-000-001"}}""")
            .Line("""{"type":"person.recorded","person":"P-7","given":"Marta","surnames":["Ruiz"],"dob":"1990-02-14"}""")
            .WriteTo(registry.Location.DataDirectory));

        var pairs = await FindAsync(registry);

        Assert.Contains(pairs, p => (p.PersonA, p.PersonB) == ("P-1", "P-8"));
        Assert.All(pairs, p => Assert.Equal("review", p.Status));
    }

    [Fact]
    public async Task Find_ThresholdOutOfRange_IsAnError()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await using var db = await registry.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => DuplicatePersons.FindAsync(db, 1.5, CancellationToken.None));
    }
}
