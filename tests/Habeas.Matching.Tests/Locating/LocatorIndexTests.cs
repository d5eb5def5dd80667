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
}
