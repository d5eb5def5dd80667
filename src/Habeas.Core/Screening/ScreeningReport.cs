namespace Habeas.Core.Screening;

/// <summary>A screened manifest: where to, when, how its columns were read, and a verdict per row.</summary>
public sealed record ScreeningReport(string Destination, string On, IReadOnlyDictionary<string, string> Mapping, IReadOnlyList<ScreeningRow> Rows)
{
    public int Count(string verdict) => Rows.Count(r => r.Verdict == verdict);
}
