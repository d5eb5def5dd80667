using Habeas.Synthetic;

namespace Habeas.Matching.Tests.Synthetic;

/// <summary>One link-mode run held in memory, with its files parsed (header row first).</summary>
internal sealed class LinkRun
{
    private static readonly Lazy<LinkRun> DefaultRun = new(() => Generate(new GeneratorOptions { Seed = 5 }));

    private LinkRun(string a, string b, string truth, string hard, string logA, string logB, LinkReport report)
    {
        TextA = a;
        TextB = b;
        Report = report;
        A = StrictCsv.Parse(a);
        B = StrictCsv.Parse(b);
        Truth = StrictCsv.Parse(truth);
        HardNegatives = StrictCsv.Parse(hard);
        LogA = StrictCsv.Parse(logA).Skip(1).ToDictionary(r => r[0], r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries));
        LogB = StrictCsv.Parse(logB).Skip(1).ToDictionary(r => r[0], r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>10,000 records a side with the default rates, seed 5; generated once for all the tests that only read it.</summary>
    public static LinkRun Default => DefaultRun.Value;

    public string TextA { get; }

    public string TextB { get; }

    public LinkReport Report { get; }

    public List<string[]> A { get; }

    public List<string[]> B { get; }

    public List<string[]> Truth { get; }

    public List<string[]> HardNegatives { get; }

    public Dictionary<string, string[]> LogA { get; }

    public Dictionary<string, string[]> LogB { get; }

    public Dictionary<string, string[]> RowsA => A.Skip(1).ToDictionary(r => r[0]);

    public Dictionary<string, string[]> RowsB => B.Skip(1).ToDictionary(r => r[0]);

    public static LinkRun Generate(GeneratorOptions options)
    {
        using var a = new StringWriter();
        using var b = new StringWriter();
        using var truth = new StringWriter();
        using var hard = new StringWriter();
        using var logA = new StringWriter();
        using var logB = new StringWriter();
        var report = new PersonListGenerator(options).WriteLink(a, b, truth, hard, logA, logB);
        return new LinkRun(a.ToString(), b.ToString(), truth.ToString(), hard.ToString(), logA.ToString(), logB.ToString(), report);
    }
}
