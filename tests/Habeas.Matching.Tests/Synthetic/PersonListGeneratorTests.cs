using System.Text;
using Habeas.Synthetic;

namespace Habeas.Matching.Tests.Synthetic;

public sealed class PersonListGeneratorTests
{
    [Fact]
    public void WriteLink_SameSeedAndOptions_ByteIdenticalFiles()
    {
        var options = new GeneratorOptions { Seed = 42, RecordsA = 3_000, RecordsB = 2_000 };

        var first = LinkRun.Generate(options);
        var second = LinkRun.Generate(options with { });

        Assert.Equal(first.TextA, second.TextA);
        Assert.Equal(first.TextB, second.TextB);
        Assert.Equal(first.Truth, second.Truth);
        Assert.Equal(first.HardNegatives, second.HardNegatives);
    }

    [Fact]
    public void WriteLinkFiles_SameSeed_ByteIdenticalFiles()
    {
        var options = new GeneratorOptions { Seed = 9, RecordsA = 2_000, RecordsB = 2_000 };
        var root = Directory.CreateTempSubdirectory("habeas-synthetic-");
        try
        {
            new PersonListGenerator(options).WriteLinkFiles(Path.Combine(root.FullName, "one"));
            new PersonListGenerator(options).WriteLinkFiles(Path.Combine(root.FullName, "two"));

            foreach (var name in new[] { "a.csv", "b.csv", "truth.csv", "hard-negatives.csv" })
            {
                var one = File.ReadAllBytes(Path.Combine(root.FullName, "one", name));
                Assert.Equal(one, File.ReadAllBytes(Path.Combine(root.FullName, "two", name)));
                Assert.False(one.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{name} starts with a byte order mark");
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void WriteLink_OtherSeed_OtherLists()
    {
        var one = LinkRun.Generate(new GeneratorOptions { Seed = 1, RecordsA = 500, RecordsB = 500 });
        var two = LinkRun.Generate(new GeneratorOptions { Seed = 2, RecordsA = 500, RecordsB = 500 });

        Assert.NotEqual(one.TextA, two.TextA);
        Assert.NotEqual(one.TextB, two.TextB);
    }

    [Fact]
    public void WriteDedupe_SameSeed_ByteIdenticalFiles()
    {
        static (string List, string Truth, string Hard) Run()
        {
            using var list = new StringWriter();
            using var truth = new StringWriter();
            using var hard = new StringWriter();
            new PersonListGenerator(new GeneratorOptions { Seed = 3, DedupeRecords = 3_000 }).WriteDedupe(list, truth, hard);
            return (list.ToString(), truth.ToString(), hard.ToString());
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void WriteLink_Headers_AsDocumented()
    {
        var run = LinkRun.Default;

        Assert.Equal(["id", "full_name", "dob", "a_number", "country"], run.A[0]);
        Assert.Equal(["record", "first_name", "last_name", "date_of_birth", "id_number", "nationality", "sex"], run.B[0]);
        Assert.Equal(["a_id", "b_id"], run.Truth[0]);
        Assert.Equal(["a_id", "b_id", "kind"], run.HardNegatives[0]);
    }

    [Fact]
    public void WriteLink_EveryRow_HasTheHeadersFieldCount()
    {
        var run = LinkRun.Default;

        Assert.All(run.A, row => Assert.Equal(5, row.Length));
        Assert.All(run.B, row => Assert.Equal(7, row.Length));
        Assert.Equal(10_001, run.A.Count);
        Assert.Equal(10_001, run.B.Count);
    }

    [Fact]
    public void WriteLink_FieldsWithCommasAndQuotes_QuotedAsRfc4180Says()
    {
        var run = LinkRun.Default;

        // "SURNAMES, GIVEN" always has a comma; a nickname in quotes (Francisco "Pancho") has quotes to double.
        Assert.Contains("\r\na0000001,\"", run.TextA, StringComparison.Ordinal);
        Assert.Contains(run.B.Skip(1), row => row[1].Contains('"', StringComparison.Ordinal));
        Assert.Contains("\"\"", run.TextB, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteLink_Names_RealisticAndSometimesAccented()
    {
        var run = LinkRun.Default;
        var names = run.B.Skip(1).Select(r => r[1] + " " + r[2]).ToList();

        Assert.Contains(names, n => n.Any(c => "áéíóúñÁÉÍÓÚÑ".Contains(c, StringComparison.Ordinal)));
        Assert.Contains(names, n => n.All(char.IsAscii));
        Assert.All(names, n => Assert.Matches(@"^[\p{L} .'""-]+$", n));
        var fullNames = run.A.Skip(1).Select(r => r[1]).ToList();
        Assert.Contains(fullNames, n => n.Contains("DA SILVA", StringComparison.Ordinal) || n.Contains("DOS SANTOS", StringComparison.Ordinal));
        Assert.Contains(fullNames, n => n.StartsWith("JEAN-BAPTISTE, ", StringComparison.Ordinal) || n.StartsWith("PIERRE, ", StringComparison.Ordinal));
        Assert.Contains(fullNames, n => n.StartsWith("AL-", StringComparison.Ordinal));
        Assert.Contains(fullNames, n => n.StartsWith("ZHANG, ", StringComparison.Ordinal) || n.StartsWith("WANG, ", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteLink_CommonSurnames_CrowdBlocks()
    {
        var run = LinkRun.Generate(new GeneratorOptions { Seed = 11, RatesA = CorruptionRates.None });
        var paternal = run.A.Skip(1).Select(r => r[1].Split(',')[0].Split(' ')[0]).ToList();

        var garcia = paternal.Count(s => s is "GARCÍA" or "GARCIA") / (double)paternal.Count;
        var top = paternal.GroupBy(s => s).OrderByDescending(g => g.Count()).Take(8).Select(g => g.Key).ToList();

        Assert.InRange(garcia, 0.02, 0.10);
        Assert.Contains(top, s => s is "HERNÁNDEZ" or "HERNANDEZ");
        Assert.True(paternal.Distinct().Count() > 400, "the Spanish surname list is several hundred long");
    }

    [Fact]
    public void WriteLink_SpanishSpeakers_MostlyTwoSurnames()
    {
        var run = LinkRun.Generate(new GeneratorOptions { Seed = 12, RatesA = CorruptionRates.None });
        var mexican = run.A.Skip(1).Where(r => r[4] == "MEXICO").Select(r => r[1].Split(", ")[0]).ToList();

        var two = mexican.Count(s => s.Split(' ').Length >= 2) / (double)mexican.Count;

        Assert.InRange(two, 0.9, 1.0);
    }

    [Fact]
    public void Constructor_RateAboveOne_ThrowsNamingTheRates()
    {
        var options = new GeneratorOptions { RatesB = CorruptionRates.ListB with { Typo = 1.5 } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PersonListGenerator(options));

        Assert.Equal("RatesB", error.ParamName);
    }

    [Fact]
    public void Constructor_NegativeOverlap_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PersonListGenerator(new GeneratorOptions { Overlap = -0.1 }));

        Assert.Equal("Overlap", error.ParamName);
    }
}
