using Habeas.Matching.Comparison;

namespace Habeas.Matching.Tests.Comparison;

public sealed class IdDistanceTests
{
    [Theory]
    [InlineData("123456789", "123456789", 0)]
    [InlineData("123456789", "123456780", 1)]
    [InlineData("123456789", "123457689", 1)]
    [InlineData("123456789", "123456790", 2)]
    [InlineData("123456789", "923456780", 2)]
    [InlineData("12345678", "123456789", 2)]
    public void Of_CountsOneTypoOrOneAdjacentSwapAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, IdDistance.Of(a, b));
        Assert.Equal(expected, IdDistance.Of(b, a));
    }
}
