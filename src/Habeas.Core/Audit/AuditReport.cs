namespace Habeas.Core.Audit;

/// <summary>Every finding over the recorded events as of a moment, in log order (<c>habeas audit</c>).</summary>
public sealed record AuditReport(string AsOf, long Events, int Persons, IReadOnlyList<FindingView> Findings)
{
    public int Blocks => Findings.Count(f => f.Severity == "block");

    public int Flags => Findings.Count(f => f.Severity == "flag");
}
