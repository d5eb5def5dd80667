using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Values;

public sealed class CountryCodeTests
{
    [Fact]
    public void All_IsTheOfficialList_Of249Codes()
    {
        var all = CountryCode.All.ToArray();

        Assert.Equal(249, all.Length);
        Assert.Equal(249, all.Select(c => c.Alpha3).Distinct().Count());
        Assert.Contains(new CountryCode("SV"), all);
        Assert.DoesNotContain(all, c => c.Value == "XK");
    }

    [Theory]
    [InlineData("US")]
    [InlineData("SV")]
    [InlineData("VE")]
    [InlineData("SS")]
    [InlineData("CW")]
    public void Constructor_AssignedCode_IsAccepted(string code) => Assert.Equal(code, new CountryCode(code).Value);

    [Theory]
    [InlineData("USA-ish")]
    [InlineData("sv")]
    [InlineData("XX")]
    [InlineData("XK")]
    [InlineData("")]
    [InlineData("USA")]
    public void Constructor_AnythingElse_ThrowsNamingTheValue(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CountryCode(code));
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SLV", "SV")]
    [InlineData("El Salvador", "SV")]
    [InlineData("SALVADOR", "SV")]
    [InlineData("sv", "SV")]
    [InlineData("México", "MX")]
    [InlineData("  Venezuela ", "VE")]
    [InlineData("USA", "US")]
    [InlineData("Estados Unidos", "US")]
    public void TryNormalise_NamesAndAlpha3_GiveTheAlpha2(string text, string expected)
    {
        Assert.True(CountryCode.TryNormalise(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("SALVADOR", "SV")]
    [InlineData("EL SALVADOR", "SV")]
    [InlineData("SLV", "SV")]
    [InlineData("SV", "SV")]
    [InlineData("GUATEMALA", "GT")]
    [InlineData("HONDURAS", "HN")]
    [InlineData("MEXICO", "MX")]
    [InlineData("MÉXICO", "MX")]
    [InlineData("ME\u0301XICO", "MX")]
    [InlineData("VENEZUELA", "VE")]
    [InlineData("HAITI", "HT")]
    [InlineData("HAÏTI", "HT")]
    [InlineData("DOMINICAN REPUBLIC", "DO")]
    [InlineData("REPUBLICA DOMINICANA", "DO")]
    [InlineData("REP. DOMINICANA", "DO")]
    [InlineData("BRASIL", "BR")]
    [InlineData("COLOMBIA", "CO")]
    [InlineData("NICARAGUA", "NI")]
    [InlineData("CUBA", "CU")]
    [InlineData("ECUADOR", "EC")]
    [InlineData("PERU", "PE")]
    [InlineData("PERÚ", "PE")]
    [InlineData("CHINA", "CN")]
    [InlineData("INDIA", "IN")]
    [InlineData("RUSSIA", "RU")]
    [InlineData("RUSIA", "RU")]
    [InlineData("UNITED STATES", "US")]
    [InlineData("USA", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("U.S.A", "US")]
    public void TryNormalise_WhatManifestsWrite_GivesTheAlpha2(string text, string expected)
    {
        Assert.True(CountryCode.TryNormalise(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("Salvadoran", "SV")]
    [InlineData("SALVADOREÑO", "SV")]
    [InlineData("GUATEMALTECO", "GT")]
    [InlineData("HONDURAN", "HN")]
    [InlineData("MEXICANA", "MX")]
    [InlineData("VENEZOLANO", "VE")]
    [InlineData("HAITIAN", "HT")]
    [InlineData("DOMINICAN", "DO")]
    [InlineData("NICARAGÜENSE", "NI")]
    [InlineData("CUBAN", "CU")]
    [InlineData("ECUATORIANO", "EC")]
    [InlineData("PERUVIAN", "PE")]
    [InlineData("CHINESE", "CN")]
    public void TryNormalise_NationalityWord_GivesTheCountry(string text, string expected)
    {
        Assert.True(CountryCode.TryNormalise(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Fact]
    public void TryNormalise_Nonsense_Fails() => Assert.False(CountryCode.TryNormalise("Atlantis", out _));
}
