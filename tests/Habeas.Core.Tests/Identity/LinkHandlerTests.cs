using Habeas.Core.Identity;
using Habeas.Testing;

namespace Habeas.Core.Tests.Identity;

/// <summary>Issue #5: linking and deduplicating lists read from CSV, on the FEBRL4 benchmark and on hand-made lists.</summary>
public sealed class LinkHandlerTests : IDisposable
{
    private static readonly Dictionary<string, string> NoMap = [];
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-link-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Febrl(string file) => Path.Combine(SharedData.Shared, "data", "febrl4", file);

    private string File(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Link_Febrl4_FindsTheDuplicatesWithF1AboveNinetyNineNinePercent()
    {
        var report = LinkHandler.Handle(new LinkCommand(Febrl("dataset4a.csv"), Febrl("dataset4b.csv"), NoMap, NoMap));

        var found = report.Result.Matches.Select(p => (A: p.A.Id, B: p.B.Id)).ToList();
        var truePositives = found.Count(p => p.A.Replace("-org", "", StringComparison.Ordinal) == p.B.Replace("-dup-0", "", StringComparison.Ordinal));
        var precision = (double)truePositives / found.Count;
        var recall = truePositives / 5000.0;
        Assert.True(2 * precision * recall / (precision + recall) >= 0.999, $"precision {precision}, recall {recall}");
        Assert.Contains("postcode", report.Result.Model.Comparisons.Select(c => c.Field));
    }

    [Fact]
    public void Dedupe_Febrl4Originals_FindsNoOneTwice()
    {
        var report = LinkHandler.Handle(new LinkCommand(Febrl("dataset4a.csv"), null, NoMap, NoMap));

        Assert.Empty(report.Result.Clusters);
    }

    [Fact]
    public void Dedupe_BothFebrl4ListsTogether_GroupsEachOriginalWithItsDuplicate()
    {
        var merged = Path.Combine(_dir, "both.csv");
        System.IO.File.WriteAllLines(merged, System.IO.File.ReadLines(Febrl("dataset4a.csv")).Concat(System.IO.File.ReadLines(Febrl("dataset4b.csv")).Skip(1)));

        var report = LinkHandler.Handle(new LinkCommand(merged, null, NoMap, NoMap));

        var right = report.Result.Clusters.Count(c => c.Count == 2 && c.Select(r => r.Id.Split('-')[1]).Distinct().Count() == 1);
        Assert.True(right >= 4950, $"{right} of 5,000 clusters right, of {report.Result.Clusters.Count}");
    }

    [Fact]
    public void Link_DifferentHeaders_AreRecognisedAndMapped()
    {
        var a = File("a.csv", "id,full_name,dob,a_number,nationality", "1,\"GARCIA LOPEZ, Jose Luis\",1990-03-05,A-123-456-789,SLV");
        var b = File("b.csv", "record,first_name,last_name,date_of_birth,id_number,country", "x,José Luis,García,03/05/1990,123456789,El Salvador");

        var report = LinkHandler.Handle(new LinkCommand(a, b, NoMap, NoMap));

        Assert.Equal("full_name", report.LayoutA.Mapping["name"]);
        Assert.Equal("a_number", report.LayoutA.Mapping["id_number"]);
        Assert.Equal("first_name", report.LayoutB!.Mapping["given"]);
        Assert.Equal("country", report.LayoutB.Mapping["country"]);
        Assert.Equal(["given", "surnames", "dob", "id_number", "country"], report.Result.Model.Comparisons.Select(c => c.Field));
    }

    [Fact]
    public void Link_MapOverride_ReadsAnUnrecognisedColumn()
    {
        var a = File("a.csv", "id,Apellidos y nombres", "1,\"PEREZ, Ana\"");
        var b = File("b.csv", "id,name", "2,Ana Perez");

        var report = LinkHandler.Handle(new LinkCommand(a, b, new Dictionary<string, string> { ["Apellidos y nombres"] = "name" }, NoMap));

        Assert.Equal("Apellidos y nombres", report.LayoutA.Mapping["name"]);
    }

    [Theory]
    [InlineData("id,dob\n1,1990-01-01\n", "expected a name column")]
    [InlineData("id,name\n1,Ana Perez\n1,Luis Perez\n", "expected a unique id, got \"1\" a second time")]
    [InlineData("", "the file is empty")]
    public void Link_UnreadableList_IsAnErrorNamingFileAndLine(string content, string expected)
    {
        var bad = Path.Combine(_dir, "bad.csv");
        System.IO.File.WriteAllText(bad, content);
        var good = File("good.csv", "id,name", "1,Ana Perez");

        var error = Assert.Throws<PersonListException>(() => LinkHandler.Handle(new LinkCommand(good, bad, NoMap, NoMap)));

        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_MapToAnUnknownColumnOrField_IsAnError()
    {
        var a = File("a.csv", "id,name", "1,Ana Perez");

        Assert.Contains("does not have", Assert.Throws<PersonListException>(() =>
            LinkHandler.Handle(new LinkCommand(a, a, new Dictionary<string, string> { ["nombre"] = "name" }, NoMap))).Message, StringComparison.Ordinal);
        Assert.Contains("expected a field among", Assert.Throws<PersonListException>(() =>
            LinkHandler.Handle(new LinkCommand(a, a, new Dictionary<string, string> { ["name"] = "nickname" }, NoMap))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_ImpossibleDate_IsAWarningThatKeepsTheYear()
    {
        var a = File("a.csv", "id,name,dob", "1,Ana Perez,19450493");
        var report = LinkHandler.Handle(new LinkCommand(a, null, NoMap, NoMap));

        var warning = Assert.Single(report.Warnings, w => w.Contains(":2:", StringComparison.Ordinal));
        Assert.Contains("field 'dob'", warning, StringComparison.Ordinal);
        Assert.Contains("year only", warning, StringComparison.Ordinal);
    }
    [Fact]
    public void Link_ListWithNoRows_LinksNothingAndTheModelStaysFinite()
    {
        var empty = File("empty.csv", "id,name");
        var one = File("one.csv", "id,name", "1,Ana Perez");

        var report = LinkHandler.Handle(new LinkCommand(empty, one, NoMap, NoMap));

        Assert.Empty(report.Result.Pairs);
        Assert.True(double.IsFinite(report.Result.Model.Lambda));
        Assert.True(double.IsFinite(report.Result.Model.PriorWeight));
    }
    [Fact]
    public void Link_SameInputTwice_GivesTheSameModelAndPairs()
    {
        var first = LinkHandler.Handle(new LinkCommand(Febrl("dataset4a.csv"), Febrl("dataset4b.csv"), NoMap, NoMap)).Result;
        var second = LinkHandler.Handle(new LinkCommand(Febrl("dataset4a.csv"), Febrl("dataset4b.csv"), NoMap, NoMap)).Result;

        Assert.Equal(first.Model.Lambda, second.Model.Lambda);
        Assert.Equal(first.Model.M.SelectMany(r => r), second.Model.M.SelectMany(r => r));
        Assert.Equal(first.Pairs.Select(p => (p.A.Id, p.B.Id, p.Weight)), second.Pairs.Select(p => (p.A.Id, p.B.Id, p.Weight)));
    }

    [Fact]
    public void Read_BlankIdInAnIdColumn_TakesItsLineAndNeverAWrittenId()
    {
        var list = File("ids.csv", "id,name", "2,Jose Garcia", ",Ana Perez");

        var report = LinkHandler.Handle(new LinkCommand(list, null, NoMap, NoMap));

        Assert.Empty(report.Warnings);
        Assert.Equal(2, report.Result.Statistics.RecordsA);
    }

    [Fact]
    public void Link_ThresholdNotANumber_IsAnError()
    {
        var a = File("a.csv", "id,name", "1,Ana Perez");

        Assert.Contains("--threshold", Assert.Throws<PersonListException>(() => LinkHandler.Handle(new LinkCommand(a, a, NoMap, NoMap, double.NaN))).Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Link_WithATruthFile_MeasuresPrecisionRecallAndBlockingRecall()
    {
        var truth = File("truth.csv", ["id_a,id_b", .. System.IO.File.ReadLines(Febrl("dataset4b.csv")).Skip(1)
            .Select(l => l.Split(',')[0].Trim()).Select(id => $"{id.Replace("-dup-0", "-org", StringComparison.Ordinal)},{id}")]);

        var quality = LinkHandler.Handle(new LinkCommand(Febrl("dataset4a.csv"), Febrl("dataset4b.csv"), NoMap, NoMap, Truth: truth)).Quality!;

        Assert.Equal(5000, quality.TruePairs);
        Assert.True(quality.F1 >= 0.999);
        Assert.Equal(1.0, quality.BlockingRecall);
    }

    [Fact]
    public void Link_TruthFileWithABadLine_IsAnErrorNamingTheLine()
    {
        var a = File("a.csv", "id,name", "1,Ana Perez");
        var truth = File("truth.csv", "id_a,id_b", "1,1", "only-one-id");

        var error = Assert.Throws<PersonListException>(() => LinkHandler.Handle(new LinkCommand(a, a, NoMap, NoMap, Truth: truth)));

        Assert.Contains("truth.csv:3: expected two ids", error.Message, StringComparison.Ordinal);
    }
}
