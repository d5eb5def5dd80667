namespace Habeas.Matching.Tests.Normalisation;

public sealed class NameTokensTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - , . ")]
    public void Of_BlankOrPunctuationOnly_IsEmpty(string? name) => Assert.Empty(NameTokens.Of(name));

    [Fact]
    public void Of_MixedCase_IsUpperCase() => Assert.Equal(["JOSE", "GARCIA"], NameTokens.Of("jose García"));

    [Theory]
    [InlineData("García", "GARCIA")]
    [InlineData("MUÑOZ", "MUNOZ")]
    [InlineData("Conceição", "CONCEICAO")]
    [InlineData("Haïti", "HAITI")]
    [InlineData("Strauß", "STRAUSS")]
    [InlineData("Søren", "SOREN")]
    [InlineData("Łukasz", "LUKASZ")]
    public void Of_Diacritics_AreFolded(string name, string expected) => Assert.Equal([expected], NameTokens.Of(name));

    [Fact]
    public void Of_DecomposedInput_FoldsLikeComposed() =>
        Assert.Equal(NameTokens.Of("Pe\u0301rez"), NameTokens.Of("Pérez"));

    [Theory]
    [InlineData("Pérez-Martínez", new[] { "PEREZ", "MARTINEZ" })]
    [InlineData("PEREZ–MARTINEZ", new[] { "PEREZ", "MARTINEZ" })]
    [InlineData("GARCIA,JOSE", new[] { "GARCIA", "JOSE" })]
    [InlineData("GARCIA/JOSE", new[] { "GARCIA", "JOSE" })]
    [InlineData("(JOSE)  \"PEPE\" GARCIA", new[] { "JOSE", "PEPE", "GARCIA" })]
    public void Of_PunctuationAndHyphens_SplitTokens(string name, string[] expected) => Assert.Equal(expected, NameTokens.Of(name));

    [Theory]
    [InlineData("O'Brien", "OBRIEN")]
    [InlineData("D’Angelo", "DANGELO")]
    [InlineData("Sa'id", "SAID")]
    public void Of_Apostrophe_JoinsTheToken(string name, string expected) => Assert.Equal([expected], NameTokens.Of(name));

    [Theory]
    [InlineData("Juan de la Cruz", new[] { "JUAN", "CRUZ" })]
    [InlineData("MARIA DE LOS ANGELES DEL RIO", new[] { "MARIA", "ANGELES", "RIO" })]
    [InlineData("GARCIA Y LOPEZ", new[] { "GARCIA", "LOPEZ" })]
    [InlineData("JOAO DOS SANTOS DA SILVA", new[] { "JOAO", "SANTOS", "SILVA" })]
    [InlineData("SILVA E SOUZA", new[] { "SILVA", "SOUZA" })]
    [InlineData("DELA CRUZ", new[] { "CRUZ" })]
    public void Of_Particles_AreDropped(string name, string[] expected) => Assert.Equal(expected, NameTokens.Of(name));

    [Theory]
    [InlineData("DE LA", new[] { "DE", "LA" })]
    [InlineData("Y", new[] { "Y" })]
    [InlineData("LI DA", new[] { "LI", "DA" })]
    public void Of_NothingButParticlesAfter_KeepsThem(string name, string[] expected) => Assert.Equal(expected, NameTokens.Of(name));

    [Theory]
    [InlineData("DE LA CRUZ")]
    [InlineData("DELACRUZ")]
    [InlineData("De-La-Cruz")]
    [InlineData("de la Cruz")]
    public void Of_DeLaCruzWrittenAnyWay_GivesCruz(string name) => Assert.Equal(["CRUZ"], NameTokens.Of(name));

    [Theory]
    [InlineData("DASILVA", "DA SILVA")]
    [InlineData("DOSSANTOS", "DOS SANTOS")]
    [InlineData("DELEON", "DE LEON")]
    public void Of_GluedParticle_AgreesWithSpaced(string glued, string spaced) => Assert.Equal(NameTokens.Of(spaced), NameTokens.Of(glued));

    [Fact]
    public void Of_Initials_AreOneLetterTokens() => Assert.Equal(["JOSE", "M"], NameTokens.Of("JOSE M."));

    [Fact]
    public void Of_InitialYWithFullStop_IsKeptNotDropped() => Assert.Equal(["JOSE", "Y", "GARCIA"], NameTokens.Of("JOSE Y. GARCIA"));

    [Fact]
    public void Of_NonLatinLetters_AreKept() => Assert.Equal(["محمد"], NameTokens.Of("محمد"));

    [Fact]
    public void Of_LongName_IsTokenised()
    {
        var name = string.Join(' ', Enumerable.Repeat("Pérez", 100));

        var tokens = NameTokens.Of(name);

        Assert.Equal(100, tokens.Count);
        Assert.All(tokens, t => Assert.Equal("PEREZ", t));
    }

    [Fact]
    public void Agree_DroppedMaternalSurname_Agrees() =>
        Assert.True(NameTokens.Agree(NameTokens.Of("Jose Perez"), NameTokens.Of("PEREZ MARTINEZ, JOSE")));

    [Fact]
    public void Agree_InitialForGivenName_Agrees() =>
        Assert.True(NameTokens.Agree(NameTokens.Of("JOSE M. PEREZ"), NameTokens.Of("JOSE MANUEL PEREZ")));

    [Fact]
    public void Agree_OneTokenAlone_DoesNotAgree() => Assert.False(NameTokens.Agree(NameTokens.Of("PEREZ"), NameTokens.Of("JOSE PEREZ")));

    [Fact]
    public void Agree_DifferentGivenName_DoesNotAgree() =>
        Assert.False(NameTokens.Agree(NameTokens.Of("JUAN PEREZ"), NameTokens.Of("JOSE PEREZ")));
}
