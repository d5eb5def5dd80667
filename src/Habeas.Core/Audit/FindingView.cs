using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Audit;

/// <summary>
/// A finding in the shape of DESIGN.md (<c>habeas audit --format json</c>, the decision of a transfer request, a
/// screening row): id, rule, severity, person, event, sequence, occurred_at, reason, facts, citations, uncertain. The person is
/// null only on a screening row that matched no registry person.
/// </summary>
public sealed record FindingView(
    string Id, string Rule, string Severity, string? Person, string Event, long? Sequence, string? OccurredAt, string Reason,
    IReadOnlyList<string> Facts, IReadOnlyList<string> Citations, bool Uncertain)
{
    public static FindingView From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingView(finding.Id, finding.Rule, SnakeCase.Name(finding.Severity), finding.Person, finding.Subject, finding.Sequence,
            finding.OccurredAt, finding.Reason, finding.Facts, finding.Citations, finding.Uncertain);
    }
}
