using Habeas.Synthetic;

namespace Habeas.Matching.Tests.Synthetic;

public sealed class HardNegativeTests
{
    private static readonly Lazy<LinkRun> Clean = new(() => LinkRun.Generate(new GeneratorOptions
    {
        Seed = 31, RatesA = CorruptionRates.None, RatesB = CorruptionRates.None,
    }));

    [Fact]
    public void HardNegatives_BothKinds_ExistAndNoneIsATrueLink()
    {
        var run = LinkRun.Default;
        var truth = run.Truth.Skip(1).Select(l => (l[0], l[1])).ToHashSet();
        var pairs = run.HardNegatives.Skip(1).ToList();

        Assert.Contains(pairs, p => p[2] == "sibling");
        Assert.Contains(pairs, p => p[2] == "namesake");
        Assert.DoesNotContain(pairs, p => truth.Contains((p[0], p[1])));
        Assert.Equal(run.Report.HardNegativePairs, pairs.Count);
    }

    [Fact]
    public void HardNegatives_SplitAcrossLists_AOnlyAndBOnly()
    {
        var run = LinkRun.Default;
        var linkedA = run.Truth.Skip(1).Select(l => l[0]).ToHashSet();
        var linkedB = run.Truth.Skip(1).Select(l => l[1]).ToHashSet();

        // The trap a naive matcher falls into: neither record has its own person on the other list.
        var split = run.HardNegatives.Skip(1).Count(p => !linkedA.Contains(p[0]) && !linkedB.Contains(p[1]));

        Assert.True(split > 50, $"only {split} hard negatives split across the lists");
    }

    [Fact]
    public void Namesakes_SameNameAndBirthDate_OtherANumber()
    {
        var run = Clean.Value;
        var a = run.RowsA;
        var b = run.RowsB;
        var namesakes = run.HardNegatives.Skip(1).Where(p => p[2] == "namesake").ToList();

        Assert.NotEmpty(namesakes);
        Assert.All(namesakes, p =>
        {
            Assert.Equal(Records.NameOfA(a[p[0]]), Records.NameOfB(b[p[1]]));
            Assert.Equal(Records.DateOfA(a[p[0]]), Records.DateOfB(b[p[1]]));
            Assert.NotEqual(Records.ANumberOfA(a[p[0]]), Records.ANumberOfB(b[p[1]]));
        });
    }

    [Fact]
    public void Siblings_SameSurnamesAndCountry_ConsecutiveANumbers_OtherGivenNameAndBirthDate()
    {
        var run = Clean.Value;
        var a = run.RowsA;
        var b = run.RowsB;
        var siblings = run.HardNegatives.Skip(1).Where(p => p[2] == "sibling").ToList();

        Assert.NotEmpty(siblings);
        Assert.All(siblings, p =>
        {
            var (left, right) = (a[p[0]], b[p[1]]);
            Assert.Equal(Records.NameOfA(left).Surnames, Records.NameOfB(right).Surnames);
            Assert.Equal(2, Records.NameOfA(left).Surnames.Split(' ', '-').Length - Records.NameOfA(left).Surnames.Split(' ').Count(t => t is "DE" or "LA" or "DEL" or "LOS"));
            Assert.NotEqual(Records.NameOfA(left).Given.Split(' ')[0], Records.NameOfB(right).Given.Split(' ')[0]);
            Assert.NotEqual(Records.DateOfA(left), Records.DateOfB(right));
            Assert.InRange(Math.Abs(long.Parse(Records.ANumberOfA(left), System.Globalization.CultureInfo.InvariantCulture)
                - long.Parse(Records.ANumberOfB(right), System.Globalization.CultureInfo.InvariantCulture)), 1, 2);
            Assert.Equal(left[4], Country(right[5]));
        });
    }

    /// <summary>List B writes the country as a name, short name or alpha-3; list A as the name in capitals.</summary>
    private static string Country(string written) => written switch
    {
        "SALVADOR" or "SLV" => "EL SALVADOR",
        "MEX" => "MEXICO",
        "GTM" => "GUATEMALA",
        "HND" => "HONDURAS",
        "VEN" => "VENEZUELA",
        "COL" => "COLOMBIA",
        "NIC" => "NICARAGUA",
        "CUB" => "CUBA",
        "ECU" => "ECUADOR",
        _ => written.ToUpperInvariant(),
    };
}
