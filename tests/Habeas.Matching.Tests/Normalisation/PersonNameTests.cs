using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Tests.Normalisation;

public sealed class PersonNameTests
{
    [Fact]
    public void Parse_SurnameCommaGiven_PutsSurnamesFirst()
    {
        var name = PersonName.Parse("PÉREZ-MARTÍNEZ, José");

        Assert.Equal(["JOSE"], name.Given);
        Assert.Equal(["PEREZ", "MARTINEZ"], name.Surnames);
    }

    [Fact]
    public void Parse_SurnameSlashGiven_PutsSurnamesFirst()
    {
        var name = PersonName.Parse("HERNANDEZ LOPEZ / MARIA GUADALUPE");

        Assert.Equal(["MARIA", "GUADALUPE"], name.Given);
        Assert.Equal(["HERNANDEZ", "LOPEZ"], name.Surnames);
    }

    [Theory]
    [InlineData("JOSE PEREZ", "JOSE", "PEREZ")]
    [InlineData("JOSE PEREZ-MARTINEZ", "JOSE", "PEREZ MARTINEZ")]
    [InlineData("JUAN CARLOS PEREZ MARTINEZ", "JUAN CARLOS", "PEREZ MARTINEZ")]
    [InlineData("JUAN CARLOS PEREZ-MARTINEZ", "JUAN CARLOS", "PEREZ MARTINEZ")]
    [InlineData("JOSE HERNANDEZ LOPEZ", "JOSE", "HERNANDEZ LOPEZ")]
    [InlineData("JOSE LUIS HERNANDEZ", "JOSE LUIS", "HERNANDEZ")]
    [InlineData("JOSE M. HERNANDEZ", "JOSE M", "HERNANDEZ")]
    [InlineData("MARIA DE LOS ANGELES GARCIA", "MARIA ANGELES", "GARCIA")]
    [InlineData("JUAN DE LA CRUZ", "JUAN", "CRUZ")]
    [InlineData("PEDRO GARCIA Y LOPEZ", "PEDRO", "GARCIA LOPEZ")]
    [InlineData("JOSE JESUS DE LA CRUZ GOMEZ", "JOSE JESUS", "CRUZ GOMEZ")]
    public void Parse_NaturalOrder_SplitsGivenAndSurnames(string text, string given, string surnames)
    {
        var name = PersonName.Parse(text);

        Assert.Equal(given.Split(' '), name.Given);
        Assert.Equal(surnames.Split(' '), name.Surnames);
    }

    [Fact]
    public void Parse_OneToken_IsAGivenName()
    {
        var name = PersonName.Parse("Wilner");

        Assert.Equal(["WILNER"], name.Given);
        Assert.Empty(name.Surnames);
    }

    [Fact]
    public void Parse_OneHyphenatedWord_IsADoubleSurname()
    {
        var name = PersonName.Parse("PEREZ-MARTINEZ");

        Assert.Empty(name.Given);
        Assert.Equal(["PEREZ", "MARTINEZ"], name.Surnames);
    }

    [Theory]
    [InlineData("José GARCÍA LÓPEZ")]
    [InlineData("GARCIA LOPEZ José")]
    public void Parse_SurnamesInCapitals_AreSurnamesWhereverTheyStand(string text)
    {
        var name = PersonName.Parse(text);

        Assert.Equal(["JOSE"], name.Given);
        Assert.Equal(["GARCIA", "LOPEZ"], name.Surnames);
    }

    [Fact]
    public void Parse_InitialOfSurnameLast_IsTheSurname()
    {
        var name = PersonName.Parse("JOSE M.");

        Assert.Equal(["JOSE"], name.Given);
        Assert.Equal(["M"], name.Surnames);
    }

    [Fact]
    public void Parse_CommaFormWithInitials_KeepsTheInitials()
    {
        var name = PersonName.Parse("GARCIA, J. M.");

        Assert.Equal(["J", "M"], name.Given);
        Assert.Equal(["GARCIA"], name.Surnames);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Parse_Blank_IsEmpty(string? text) => Assert.True(PersonName.Parse(text).IsEmpty);

    [Fact]
    public void Parse_OrderSwaps_GiveEqualNames()
    {
        var natural = PersonName.Parse("Juan Carlos Pérez Martínez");

        Assert.Equal(natural, PersonName.Parse("PEREZ MARTINEZ, JUAN CARLOS"));
        Assert.Equal(natural, PersonName.Parse("PEREZ-MARTINEZ / JUAN CARLOS"));
        Assert.Equal(natural, PersonName.FromParts("Juan Carlos", "Pérez Martínez"));
    }

    [Fact]
    public void PaternalMaternalFirstGiven_DoubleSurname_NameTheParts()
    {
        var name = PersonName.Parse("JUAN CARLOS PEREZ MARTINEZ");

        Assert.Equal("JUAN", name.FirstGiven);
        Assert.Equal("PEREZ", name.Paternal);
        Assert.Equal("MARTINEZ", name.Maternal);
    }

    [Fact]
    public void PaternalMaternalFirstGiven_MissingParts_AreNull()
    {
        var name = PersonName.FromParts(null, "PEREZ");

        Assert.Null(name.FirstGiven);
        Assert.Equal("PEREZ", name.Paternal);
        Assert.Null(name.Maternal);
    }

    [Fact]
    public void Tokens_GivenThenSurnames_InOrder() =>
        Assert.Equal(["JOSE", "PEREZ", "LOPEZ"], PersonName.FromParts("José", "Pérez López").Tokens);

    [Fact]
    public void Equals_SameTokensInDifferentLists_AreEqual()
    {
        var a = new PersonName(["JOSE"], ["PEREZ"]);
        var b = new PersonName(new List<string> { "JOSE" }, new List<string> { "PEREZ" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new PersonName(["PEREZ"], ["JOSE"]));
    }

    [Fact]
    public void Constructor_NullPart_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new PersonName(null!, []));
        Assert.Equal("Given", ex.ParamName);
    }

    [Fact]
    public void Canonical_Variants_BecomeCanonical()
    {
        var name = PersonName.Parse("ABDUL RAHMAN, MUHAMMAD").Canonical();

        Assert.Equal(["MOHAMMED"], name.Given);
        Assert.Equal(["ABDELRAHMAN"], name.Surnames);
    }
}
