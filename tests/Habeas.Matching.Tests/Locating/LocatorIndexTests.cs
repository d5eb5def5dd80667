using Habeas.Matching.Locating;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;

namespace Habeas.Matching.Tests.Locating;

public sealed class LocatorIndexTests
{
    private static BirthDate Date(string text) => BirthDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    private static IdentityRecord Person(string id, string given, string surnames, string dob, string? number = null, string? country = "SV") =>
        new(id, PersonName.FromParts(given, surnames), Date(dob), number, country);

    private static LocatorIndex Index()
    {
        var index = new LocatorIndex();
        index.Add(Person("P-1", "José Luis", "García López", "1990-03-05", "123456789"));
        index.Add(Person("P-2", "José Luis", "García López", "1990-03-05", "987654321"));
        index.Add(Person("P-3", "Ana María", "García Pérez", "1988-11-20"));
        index.Add(Person("P-4", "Wilner", "Jean-Baptiste", "1979-01-02", country: "HT"));
        index.Add(Person("P-5", "Francisco", "Hernández Cruz", "1975-07-14"));
        return index;
    }

    [Fact]
    public void Search_ManifestSpellingWithDroppedMaternalSurname_FindsThePerson()
    {
        var hits = Index().Search(new IdentityRecord("q", PersonName.Parse("GARCIA, ANA MARIA"), Date("11/20/1988")));

        Assert.Equal("P-3", hits[0].Record.Id);
        Assert.Contains(hits[0].Reasons, r => r.Field == "dob" && r.Level == "exact" && r.Weight > 0);
    }

    [Fact]
    public void Search_NicknameAndOrderSwap_FindsThePerson()
    {
        var hits = Index().Search(new IdentityRecord("q", new PersonName(["HERNANDEZ"], ["PANCHO"]), Date("1975-07-14")));

        Assert.Equal("P-5", Assert.Single(hits).Record.Id);
    }

    [Fact]
    public void Search_Namesakes_AreToldApartByTheANumber()
    {
        var hits = Index().Search(new IdentityRecord("q", PersonName.Parse("Jose Luis Garcia Lopez"), Date("1990-03-05"), "987654321"));

        Assert.Equal(["P-2", "P-1"], hits.Select(h => h.Record.Id).Take(2));
        Assert.True(hits[0].Weight > hits[1].Weight + 10);
    }

    [Fact]
    public void Search_NameAloneForNamesakes_RanksBothAndIsUnsureWhich()
    {
        var hits = Index().Search(new IdentityRecord("q", PersonName.Parse("Jose Luis Garcia Lopez")));

        Assert.Equal(2, hits.Count(h => h.Record.Id is "P-1" or "P-2"));
        Assert.True(hits[0].Probability < 0.9);
    }

    [Fact]
    public void Search_ANumberWithOneTypoAndTheName_FindsThePerson()
    {
        var hits = Index().Search(new IdentityRecord("q", PersonName.Parse("Garcia, Jose"), null, "123456798"));

        Assert.Equal("P-1", hits[0].Record.Id);
        Assert.Contains(hits[0].Reasons, r => r.Field == "id_number" && r.Level == "one edit");
    }

    [Fact]
    public void Search_NoOneLikeThat_FindsNothing()
    {
        Assert.Empty(Index().Search(new IdentityRecord("q", PersonName.Parse("Tomás Ibarra"), Date("1985-11-30"))));
    }

    [Fact]
    public void Add_AfterSearching_MakesTheNewRecordFindable()
    {
        var index = Index();
        var query = new IdentityRecord("q", PersonName.Parse("Tomás Ibarra"), Date("1985-11-30"));
        Assert.Empty(index.Search(query));

        index.Add(Person("P-9", "Tomás", "Ibarra", "1985-11-30", country: "US"));

        Assert.Equal("P-9", index.Search(query)[0].Record.Id);
        Assert.Equal(6, index.Count);
    }

    [Fact]
    public void Search_Limit_BoundsTheHits()
    {
        var index = new LocatorIndex();
        for (var i = 0; i < 20; i++)
        {
            index.Add(Person($"P-{i}", "Maria", "Lopez", "1990-01-01"));
        }

        Assert.Equal(3, index.Search(new IdentityRecord("q", PersonName.Parse("Maria Lopez"), Date("1990-01-01")), 3).Count);
    }
    [Fact]
    public void Search_SwappedOrderOfACommonName_WeighsNoMoreThanTheNaturalOrder()
    {
        // A crossed agreement (the given name's value equals a surname) says nothing about how rare that value is as a
        // given name: GARCIA as a given name is "never seen", which must not make it count as ultra-rare.
        var index = new LocatorIndex();
        index.AddRange(Enumerable.Range(0, 300).Select(i => Person($"P-{i}", "Jose", "Garcia", $"19{50 + (i % 40)}-01-01")));
        index.Add(Person("P-T", "Jose", "Garcia", "1990-03-05"));

        var natural = index.Search(new IdentityRecord("q", new PersonName(["JOSE"], ["GARCIA"]), Date("1990-03-05")))[0];
        var swapped = index.Search(new IdentityRecord("q", new PersonName(["GARCIA"], ["JOSE"]), Date("1990-03-05")))[0];

        Assert.Equal("P-T", natural.Record.Id);
        Assert.Equal("P-T", swapped.Record.Id);
        Assert.True(swapped.Weight <= natural.Weight + 1e-9, $"swapped {swapped.Weight} natural {natural.Weight}");
    }

    [Fact]
    public void Search_WhileAnotherThreadAdds_IsGuardedByTheCaller()
    {
        // The index itself is not safe to add to during a search (LocatorCache serialises them); a bulk-loaded index
        // searched from many threads at once, with no adds, is.
        var index = new LocatorIndex();
        index.AddRange(Enumerable.Range(0, 2000).Select(i => Person($"P-{i}", i % 2 == 0 ? "Ana" : "Luis", "Perez Garcia", $"19{50 + (i % 40)}-0{1 + (i % 9)}-1{i % 10}")));
        var query = new IdentityRecord("q", PersonName.Parse("Ana Perez"), Date("1960-02-11"));
        var expected = index.Search(query).Select(h => h.Record.Id).ToArray();

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => index.Search(query).Select(h => h.Record.Id).ToArray()).ToArray();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
