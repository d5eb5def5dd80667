using Habeas.Matching.Comparison;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;

namespace Habeas.Matching.Tests.Comparison;

public sealed class ComparatorTests
{
    private static readonly FieldComparison[] Fields =
    [
        new("given", ComparisonKind.GivenName),
        new("surnames", ComparisonKind.Surname),
        new("dob", ComparisonKind.BirthDate),
        new("id_number", ComparisonKind.IdNumber),
        new("country", ComparisonKind.Country),
    ];

    private static int[] Levels(IdentityRecord a, IdentityRecord b)
    {
        var pattern = new Comparator(Fields).Pattern(new PreparedRecord(a, 0), new PreparedRecord(b, 0));
        return Enumerable.Range(0, Fields.Length).Select(c => Comparator.LevelOf(pattern, c)).ToArray();
    }

    private static IdentityRecord Record(string given, string surnames, string? dob = null, string? id = null, string? country = null) =>
        new("r", PersonName.FromParts(given, surnames), dob is null ? null : Date(dob), id, country);

    private static BirthDate Date(string text) => BirthDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    [Fact]
    public void Pattern_SameRecord_IsExactEverywhere()
    {
        var r = Record("José Luis", "García López", "1990-03-05", "123456789", "SV");

        Assert.Equal([1, 1, 1, 1, 1], Levels(r, r));
    }

    [Fact]
    public void Pattern_MissingFields_AreLevelZero()
    {
        Assert.Equal([1, 1, 0, 0, 0], Levels(Record("Ana", "Pérez", "1990-03-05"), Record("Ana", "Pérez", id: "123456789")));
    }

    [Fact]
    public void Pattern_DroppedMaternalSurname_IsTheSecondLevel()
    {
        Assert.Equal(2, Levels(Record("Ana", "Pérez Martínez"), Record("Ana", "Pérez"))[1]);
    }

    [Fact]
    public void Pattern_GivenAndSurnameSwapped_AgreesInTheCrossedAlignment()
    {
        var levels = Levels(Record("Wilner", "Pierre"), Record("Pierre", "Wilner"));

        Assert.Equal(1, levels[0]);
        Assert.Equal(1, levels[1]);
    }

    [Theory]
    [InlineData("1990-03-05", "1990-05-03", 2)]
    [InlineData("1990-03-05", "1990-03-06", 2)]
    [InlineData("1990-03-05", "1991-03-05", 2)]
    [InlineData("1990-03-05", "1990-11-20", 3)]
    [InlineData("1990-03-05", "1990", 3)]
    [InlineData("1990-03-05", "1975-08-21", 4)]
    public void Pattern_BirthDates_GradeNearAndSameYear(string a, string b, int expected)
    {
        Assert.Equal(expected, Levels(Record("Ana", "Pérez", a), Record("Ana", "Pérez", b))[2]);
    }

    [Fact]
    public void Pattern_SiblingsWithConsecutiveANumbers_DisagreeOnTheNumber()
    {
        Assert.Equal(3, Levels(Record("Ana", "Pérez", id: "123456789"), Record("Luis", "Pérez", id: "123456790"))[3]);
        Assert.Equal(2, Levels(Record("Ana", "Pérez", id: "123456789"), Record("Ana", "Pérez", id: "123456798"))[3]);
    }

    [Fact]
    public void Pattern_SpellingVariantOfTheGivenName_IsPhoneticOrClose()
    {
        Assert.InRange(Levels(Record("Yessenia", "Vallejo"), Record("Yesenia", "Vallejo"))[0], 1, 3);
    }
}
