using Habeas.Synthetic;

namespace Habeas.Matching.Tests.Synthetic;

public sealed class DedupeTests
{
    private static readonly Lazy<(List<string[]> List, List<string[]> Truth, List<string[]> Hard, DedupeReport Report)> Run = new(() =>
    {
        using var list = new StringWriter();
        using var truth = new StringWriter();
        using var hard = new StringWriter();
        var report = new PersonListGenerator(new GeneratorOptions { Seed = 13, DedupeRecords = 10_000 }).WriteDedupe(list, truth, hard);
        return (StrictCsv.Parse(list.ToString()), StrictCsv.Parse(truth.ToString()), StrictCsv.Parse(hard.ToString()), report);
    });

    [Fact]
    public void Dedupe_Headers_AsDocumented()
    {
        var (list, truth, hard, _) = Run.Value;

        Assert.Equal(["record", "first_name", "last_name", "date_of_birth", "id_number", "nationality", "sex"], list[0]);
        Assert.Equal(["record", "cluster"], truth[0]);
        Assert.Equal(["record_1", "record_2", "kind"], hard[0]);
    }

    [Fact]
    public void Dedupe_Truth_EveryRecordOnceInAClusterOfOneToFour()
    {
        var (list, truth, _, report) = Run.Value;
        var records = list.Skip(1).Select(r => r[0]).ToList();
        var clusters = truth.Skip(1).GroupBy(r => r[1]).Select(g => g.Count()).ToList();

        Assert.Equal(10_000, records.Count);
        Assert.Equal(records, truth.Skip(1).Select(r => r[0]));
        Assert.All(clusters, size => Assert.InRange(size, 1, 4));
        Assert.Equal(report.DuplicatedPersons, clusters.Count(size => size > 1));
        Assert.Contains(clusters, size => size == 4);
        Assert.InRange(report.DuplicatedPersons / (double)report.Persons, 0.17, 0.23);
    }

    [Fact]
    public void Dedupe_HardNegatives_AlwaysDifferentClusters()
    {
        var (_, truth, hard, _) = Run.Value;
        var cluster = truth.Skip(1).ToDictionary(r => r[0], r => r[1]);

        Assert.Contains(hard.Skip(1), p => p[2] == "namesake");
        Assert.All(hard.Skip(1), p => Assert.NotEqual(cluster[p[0]], cluster[p[1]]));
    }
}
