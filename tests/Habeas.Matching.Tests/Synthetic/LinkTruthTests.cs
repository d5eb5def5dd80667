using Habeas.Synthetic;

namespace Habeas.Matching.Tests.Synthetic;

public sealed class LinkTruthTests
{
    [Fact]
    public void Truth_NamesOnlyIdsThatExist_EachAtMostOnce()
    {
        var run = LinkRun.Default;
        var a = run.RowsA;
        var b = run.RowsB;
        var links = run.Truth.Skip(1).ToList();

        Assert.All(links, link => Assert.True(a.ContainsKey(link[0]) && b.ContainsKey(link[1]), $"{link[0]},{link[1]}"));
        Assert.Equal(links.Count, links.Select(l => l[0]).Distinct().Count());
        Assert.Equal(links.Count, links.Select(l => l[1]).Distinct().Count());
        Assert.Equal(run.Report.Links, links.Count);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.2)]
    [InlineData(0.9)]
    public void Truth_OverlapOfPersons_AsConfigured(double overlap)
    {
        var run = LinkRun.Generate(new GeneratorOptions { Seed = 8, RecordsA = 4_000, RecordsB = 4_000, Overlap = overlap });

        var observed = (run.Truth.Count - 1) / (double)run.Report.Persons;

        Assert.InRange(observed, overlap - 0.005, overlap + 0.005);
        Assert.Equal(4_000, run.Report.RecordsA);
        Assert.Equal(4_000, run.Report.RecordsB);
    }

    [Fact]
    public void Truth_UnequalLists_EveryPersonCounted()
    {
        var run = LinkRun.Generate(new GeneratorOptions { Seed = 8, RecordsA = 1_000, RecordsB = 3_000, Overlap = 0.3 });

        Assert.Equal(1_000, run.A.Count - 1);
        Assert.Equal(3_000, run.B.Count - 1);
        Assert.Equal(run.Report.Persons, 1_000 + 3_000 - run.Report.Links);
    }

    [Fact]
    public void Truth_LinkedRecordsWithoutCorruption_SamePerson()
    {
        var clean = new GeneratorOptions { Seed = 4, RecordsA = 2_000, RecordsB = 2_000, RatesA = CorruptionRates.None, RatesB = CorruptionRates.None };
        var run = LinkRun.Generate(clean);
        var a = run.RowsA;
        var b = run.RowsB;

        Assert.All(run.Truth.Skip(1), link =>
        {
            var left = a[link[0]];
            var right = b[link[1]];
            Assert.Equal(Records.NameOfA(left), Records.NameOfB(right));
            Assert.Equal(Records.DateOfA(left), Records.DateOfB(right));
            Assert.Equal(Records.ANumberOfA(left), Records.ANumberOfB(right));
        });
    }
}
