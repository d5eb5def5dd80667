using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Values;

public sealed class ANumberTests
{
    [Theory]
    [InlineData("A-123-456-789", "A123456789")]
    [InlineData("123456789", "A123456789")]
    [InlineData("A 12345678", "A012345678")]
    [InlineData("a123456789", "A123456789")]
    [InlineData("A123.456.789", "A123456789")]
    [InlineData(" A-012-345-678 ", "A012345678")]
    public void Parse_FormsSourcesUse_StoresTheCanonicalForm(string text, string expected) =>
        Assert.Equal(expected, ANumber.Parse(text).Value);

    [Theory]
    [InlineData("A-12-34")]
    [InlineData("1234567")]
    [InlineData("1234567890")]
    [InlineData("A12345678X")]
    [InlineData("B123456789")]
    [InlineData("")]
    public void TryParse_NotEightOrNineDigits_Fails(string text) => Assert.False(ANumber.TryParse(text, out _));

    [Fact]
    public void Parse_Invalid_ThrowsSayingWhatIsExpected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ANumber.Parse("A-12"));
        Assert.Contains("8 or 9 digits", ex.Message, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property]
    public bool Parse_AnyNineDigitsInAnyAcceptedForm_GivesTheSameNumber(uint seed)
    {
        var digits = (seed % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var forms = new[] { digits, "A" + digits, $"A-{digits[..3]}-{digits[3..6]}-{digits[6..]}", "A " + digits };
        return forms.Select(f => ANumber.Parse(f).Value).Distinct().Single() == "A" + digits;
    }
}
