namespace Habeas.Core.Audit;

/// <summary>Every finding over the recorded events as of a moment, in log order, and the remedies blocking findings on removals open (<c>habeas audit</c>).</summary>
public sealed record AuditReport(string AsOf, long Events, int Persons, IReadOnlyList<FindingView> Findings, IReadOnlyList<RemedyView> Remedies)
{
    public int Blocks => Findings.Count(f => f.Severity == "block");

    public int Flags => Findings.Count(f => f.Severity == "flag");
}
