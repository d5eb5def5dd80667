using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Tests.Normalisation;

public sealed class SpanishPhoneticTests
{
    [Theory]
    [InlineData("VALLEJO", "BALLEJO")]
    [InlineData("VICTOR", "BICTOR")]
    [InlineData("ALVAREZ", "ALBAREZ")]
    public void Code_BAndV_AreTheSame(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("GONZALEZ", "GONSALES")]
    [InlineData("CESAR", "SESAR")]
    [InlineData("CESAR", "ZESAR")]
    [InlineData("CINTIA", "SINTIA")]
    [InlineData("CYNTHIA", "SINTIA")]
    [InlineData("ASCENCION", "ASENSION")]
    public void Code_SZAndSoftC_AreTheSame(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("VALLEJO", "VAYEJO")]
    [InlineData("LLOLANDA", "YOLANDA")]
    [InlineData("ARELY", "ARELI")]
    public void Code_LLAndY_AreTheSame(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("HERNANDEZ", "ERNANDEZ")]
    [InlineData("JOHANA", "JOANA")]
    [InlineData("ZAHIRA", "ZAIRA")]
    public void Code_SilentH_IsDropped(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Fact]
    public void Code_Ch_IsKeptApartFromC() => Assert.NotEqual(SpanishPhonetic.Code("CHAVEZ"), SpanishPhonetic.Code("CAVEZ"));

    [Theory]
    [InlineData("QUINTERO", "KINTERO")]
    [InlineData("CARLOS", "KARLOS")]
    [InlineData("COLON", "KOLON")]
    [InlineData("CUEVAS", "KUEVAS")]
    [InlineData("ENRIQUE", "ENRIKE")]
    public void Code_QuKAndHardC_AreTheSame(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("GERMAN", "JERMAN")]
    [InlineData("GIMENEZ", "JIMENEZ")]
    [InlineData("ANGEL", "ANJEL")]
    public void Code_SoftGAndJ_AreTheSame(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("GARCIA", "JARCIA")]
    [InlineData("GUILLERMO", "JUILLERMO")]
    public void Code_HardG_IsNotJ(string a, string b) => Assert.NotEqual(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("XIMENA", "JIMENA")]
    [InlineData("XAVIER", "JAVIER")]
    [InlineData("MEXIA", "MEJIA")]
    [InlineData("FELIX", "FELIKS")]
    public void Code_MexicanX_IsJBetweenVowelsAndKsElsewhere(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("ARREOLA", "AREOLA")]
    [InlineData("MATTOS", "MATOS")]
    [InlineData("ANNA", "ANA")]
    public void Code_DoubleLetters_Collapse(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("MUÑOZ", "MUNOZ")]
    [InlineData("muñoz", "MUNOS")]
    public void Code_EnyeAndLowerCase_AreFolded(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Theory]
    [InlineData("ESTEFANY", "STEPHANY")]
    [InlineData("ESPINOZA", "SPINOSA")]
    public void Code_ProstheticEAndPh_AreTheSame(string a, string b) => Assert.Equal(SpanishPhonetic.Code(a), SpanishPhonetic.Code(b));

    [Fact]
    public void Code_DifferentNames_Differ() => Assert.NotEqual(SpanishPhonetic.Code("LOPEZ"), SpanishPhonetic.Code("PEREZ"));

    [Fact]
    public void Code_Empty_IsEmpty() => Assert.Equal(string.Empty, SpanishPhonetic.Code(string.Empty));

    [Fact]
    public void Code_KeyEqualToToken_IsTheSameInstance()
    {
        const string token = "MARTINES";

        Assert.Same(token, SpanishPhonetic.Code(token));
    }

    [Fact]
    public void Code_LongToken_FollowsTheRules() =>
        Assert.Equal(
            SpanishPhonetic.Code(string.Concat(Enumerable.Repeat("VALLEJO", 30))),
            SpanishPhonetic.Code(string.Concat(Enumerable.Repeat("BAYEJO", 30))));

    private static Arbitrary<string> Letters() =>
        // Weighted towards the letters the rules look at, so that their contexts occur often.
        Gen.Frequency(
                (3, Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray())),
                (5, Gen.Elements("CGHLQUXYEIASZ".ToCharArray())))
            .ArrayOf()
            .Select(c => new string(c))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Code_PlainAsciiLetters_IsStable() =>
        Prop.ForAll(Letters(), token =>
        {
            var key = SpanishPhonetic.Code(token);
            return SpanishPhonetic.Code(key) == key;
        });

    [Property(MaxTest = 500)]
    public Property Code_AnyText_IsUpperCaseAsciiLetters() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            text is null || SpanishPhonetic.Code(text).All(char.IsAsciiLetterUpper));
}
