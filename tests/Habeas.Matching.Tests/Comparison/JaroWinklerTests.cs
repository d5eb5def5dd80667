using FsCheck.Xunit;
using Habeas.Matching.Comparison;

namespace Habeas.Matching.Tests.Comparison;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)]
    [InlineData("DWAYNE", "DUANE", 0.8400)]
    [InlineData("DIXON", "DICKSONX", 0.8133)]
    [InlineData("HERNANDEZ", "HERNANDES", 0.9556)]
    public void Similarity_KnownPairs_MatchTheirPublishedValues(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 4);
    }

    [Fact]
    public void Similarity_NothingInCommon_IsZero()
    {
        Assert.Equal(0, JaroWinkler.Similarity("ABC", "XYZ"));
        Assert.Equal(0, JaroWinkler.Similarity("ABC", ""));
    }

    [Property]
    public bool Similarity_IsSymmetric(string a, string b) =>
        JaroWinkler.Similarity(a ?? "", b ?? "") == JaroWinkler.Similarity(b ?? "", a ?? "");

    [Property]
    public bool Similarity_IsWithinBounds(string a, string b)
    {
        var s = JaroWinkler.Similarity(a ?? "", b ?? "");
        return s is >= 0 and <= 1 + 1e-12;
    }

    [Property]
    public bool Similarity_OfAStringWithItself_IsOne(string a) => JaroWinkler.Similarity(a ?? "", a ?? "") == 1;
}
