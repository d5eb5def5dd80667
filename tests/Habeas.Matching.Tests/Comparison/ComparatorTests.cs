using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
    private static readonly string[] Vocabulary = ["M", "MARIA", "MARTA", "GARCIA", "GARSIA", "LOPEZ", "JOSE", "JOSÉ", "PEREZ", "LUIS", "L"];

    private static Arbitrary<IdentityRecord> Records() =>
        Gen.Zip(
                Gen.Zip(Gen.Elements(Vocabulary).ArrayOf().Select(a => a.Take(3).ToArray()), Gen.Elements(Vocabulary).ArrayOf().Select(a => a.Take(3).ToArray())),
                Gen.Zip(Gen.Elements<string?>(null, "1990-03-05", "1990-05-03", "1990", "1991-03-05"), Gen.Elements<string?>(null, "123456789", "123456798", "987654321")))
            .Select(t => new IdentityRecord(
                "r", PersonName.FromParts(string.Join(' ', t.Item1.Item1), string.Join(' ', t.Item1.Item2)),
                t.Item2.Item1 is null ? null : Date(t.Item2.Item1), t.Item2.Item2))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Pattern_IsTheSameWhicheverRecordComesFirst() => Prop.ForAll(Records(), Records(), (a, b) =>
    {
        var comparator = new Comparator(Fields);
        var (pa, pb) = (new PreparedRecord(a, 0), new PreparedRecord(b, 0));
        return comparator.Pattern(pa, pb) == comparator.Pattern(pb, pa);
    });

    [Fact]
    public void Pattern_CrossedAlignmentWithAnInitial_IsSymmetric()
    {
        var a = Record("M", "Garcia Lopez");
        var b = Record("Garcia", "Maria Lopez");

        Assert.Equal(Levels(a, b), Levels(b, a));
    }
}
