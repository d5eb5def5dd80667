using Habeas.Core.Identity;
using Habeas.Synthetic;

namespace Habeas.Core.Tests.Identity;

/// <summary>
/// Issue #5 on the project's own generator: lists whose columns differ, with the corruptions of real sources and hard
/// negatives (siblings with consecutive A-numbers, namesakes with the same name and birth date).
/// </summary>
public sealed class SyntheticLinkTests : IDisposable
{
    private static readonly Dictionary<string, string> NoMap = [];
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-synthetic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static HashSet<(string, string)> Pairs(string path) =>
        File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Select(p => (p[0], p[1])).ToHashSet();

    [Fact]
    public void Link_TenThousandEachSide_ReachesF1AboveNinetyFivePercentAndRarelyLinksHardNegatives()
    {
        new PersonListGenerator(new GeneratorOptions { Seed = 11 }).WriteLinkFiles(_dir);

        var report = LinkHandler.Handle(new LinkCommand(Path.Combine(_dir, "a.csv"), Path.Combine(_dir, "b.csv"), NoMap, NoMap));

        var truth = Pairs(Path.Combine(_dir, "truth.csv"));
        var found = report.Result.Matches.Select(p => (p.A.Id, p.B.Id)).ToHashSet();
        var truePositives = found.Count(truth.Contains);
        var precision = (double)truePositives / found.Count;
        var recall = (double)truePositives / truth.Count;
        Assert.True(2 * precision * recall / (precision + recall) >= 0.95, $"precision {precision:F4}, recall {recall:F4}");
        var hard = Pairs(Path.Combine(_dir, "hard-negatives.csv"));
        var hardLinked = hard.Count(found.Contains);
        Assert.True(hardLinked <= hard.Count / 20, $"{hardLinked} of {hard.Count} hard-negative pairs linked");
        Assert.All(report.Result.Matches, p => Assert.True(p.Probability >= 0.9));
    }

    [Fact]
    public void Link_OneToOne_UsesEachRecordOnce()
    {
        new PersonListGenerator(new GeneratorOptions { Seed = 12, RecordsA = 3000, RecordsB = 3000 }).WriteLinkFiles(_dir);

        var report = LinkHandler.Handle(new LinkCommand(Path.Combine(_dir, "a.csv"), Path.Combine(_dir, "b.csv"), NoMap, NoMap));

        Assert.Equal(report.Result.Pairs.Count, report.Result.Pairs.Select(p => p.A.Id).Distinct().Count());
        Assert.Equal(report.Result.Pairs.Count, report.Result.Pairs.Select(p => p.B.Id).Distinct().Count());
    }

    [Fact]
    public void Link_Explanation_SumsWithThePriorToTheWeight()
    {
        new PersonListGenerator(new GeneratorOptions { Seed = 13, RecordsA = 2000, RecordsB = 2000 }).WriteLinkFiles(_dir);
        var report = LinkHandler.Handle(new LinkCommand(Path.Combine(_dir, "a.csv"), Path.Combine(_dir, "b.csv"), NoMap, NoMap));

        foreach (var pair in report.Result.Pairs.Take(50))
        {
            var fields = report.Result.Explain(pair);
            Assert.Equal(pair.Weight, report.Result.Model.PriorWeight + fields.Sum(f => f.Weight), 6);
            Assert.Contains(fields, f => f.Field == "dob");
        }
    }

    [Fact]
    public void Dedupe_RepeatedPersons_AreGroupedAndHardNegativesKeptApart()
    {
        new PersonListGenerator(new GeneratorOptions { Seed = 14 }).WriteDedupeFiles(_dir);

        var report = LinkHandler.Handle(new LinkCommand(Path.Combine(_dir, "dedupe.csv"), null, NoMap, NoMap));

        var cluster = File.ReadLines(Path.Combine(_dir, "dedupe-truth.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        var pairs = report.Result.Matches.ToList();
        var right = pairs.Count(p => cluster[p.A.Id] == cluster[p.B.Id]);
        var truePairs = cluster.GroupBy(c => c.Value).Sum(g => g.Count() * (g.Count() - 1) / 2);
        var precision = (double)right / pairs.Count;
        var recall = (double)right / truePairs;
        Assert.True(2 * precision * recall / (precision + recall) >= 0.9, $"pairwise precision {precision:F4}, recall {recall:F4}");
        Assert.NotEmpty(report.Result.Clusters);
    }
}
