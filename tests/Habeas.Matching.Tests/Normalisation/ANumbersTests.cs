using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Tests.Normalisation;

public sealed class ANumbersTests
{
    [Theory]
    [InlineData("A-123-456-789", "123456789")]
    [InlineData("123456789", "123456789")]
    [InlineData("a123456789", "123456789")]
    [InlineData("A 12345678", "012345678")]
    [InlineData("12345678", "012345678")]
    [InlineData("A# 123.456.789", "123456789")]
    public void TryNormalise_FormsSourcesUse_GiveNineDigits(string text, string expected)
    {
        Assert.True(ANumbers.TryNormalise(text, out var digits));
        Assert.Equal(expected, digits);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("1234567890")]
    [InlineData("B123456789")]
    [InlineData("000000000")]
    [InlineData("A-000-000-00")]
    public void TryNormalise_NotAnANumber_IsRejected(string? text)
    {
        Assert.False(ANumbers.TryNormalise(text, out var digits));
        Assert.Equal(string.Empty, digits);
    }

    [Theory]
    [InlineData("123456789", "123456789", 0)]
    [InlineData("123456789", "123456780", 1)]
    [InlineData("123456789", "923456789", 1)]
    [InlineData("123456789", "213456789", 1)]
    [InlineData("123456789", "123456798", 1)]
    [InlineData("123456789", "132465789", 2)]
    [InlineData("123456789", "123456700", 2)]
    [InlineData("123456789", "987654321", 2)]
    [InlineData("123456789", "124356798", 2)]
    public void Distance_TwoNumbers_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, ANumbers.Distance(a, b));
        Assert.Equal(expected, ANumbers.Distance(b, a));
    }

    [Fact]
    public void Distance_SiblingsWithConsecutiveNumbersAcrossATen_AreTwoApart() =>
        Assert.Equal(2, ANumbers.Distance("123456789", "123456790"));

    [Fact]
    public void Distance_SiblingsWithConsecutiveNumbers_AreOneApart() =>
        Assert.Equal(1, ANumbers.Distance("123456788", "123456789"));

    [Fact]
    public void Distance_TransposedEqualDigits_IsNotATransposition() =>
        Assert.Equal(2, ANumbers.Distance("113456789", "223456789"));

    [Theory]
    [InlineData("12345678")]
    [InlineData("A23456789")]
    [InlineData("1234567890")]
    public void Distance_NotNormalised_Throws(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => ANumbers.Distance(value, "123456789"));
        Assert.Equal("a", ex.ParamName);
    }
}
