using Habeas.Core.Queries;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Audit;

/// <summary>
/// <c>habeas audit</c>: judges every recorded book-in, transfer and removal with the law and facts in force at its
/// own valid time, and each person's standing situation (overdue orders, persons unaccounted for) at the moment
/// asked. Reads one snapshot of the log; findings are a function of the log alone, so a rebuilt or re-imported
/// registry yields the same findings with the same ids.
/// </summary>
public sealed class AuditQuery(RuleBook rules, TimeProvider time)
{
    public async Task<AuditReport> RunAsync(RegistryLocation location, AsOf? asOf, CancellationToken cancellationToken)
    {
        var at = asOf?.Value ?? TimeValue.FromInstant(time.GetUtcNow());
        var (events, perPerson) = await EveryPerson.JudgeAsync(location, history =>
        {
            var findings = rules.Audit(history, at);
            return (Findings: findings, Remedies: Remedy.Opened(history, findings, at));
        }, cancellationToken);
        var findings = new List<FindingView>();
        foreach (var finding in perPerson.SelectMany(p => p.Findings).OrderBy(f => f.Sequence ?? long.MaxValue)
                     .ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Person, StringComparer.Ordinal))
        {
            findings.Add(FindingView.From(finding));
        }

        return new AuditReport(at.Text, events, perPerson.Length, findings,
            perPerson.SelectMany(p => p.Remedies).OrderBy(r => r.Sequence).ThenBy(r => r.Person, StringComparer.Ordinal).Select(RemedyView.From).ToArray());
    }
}
