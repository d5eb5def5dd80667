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
    public async Task<AuditReport> RunAsync(RegistryLocation location, AsOf? asOf, CancellationToken cancellationToken) =>
        (await JudgeAsync(location, asOf, null, cancellationToken)).Audit;

    /// <summary>
    /// The audit and the obligations with <paramref name="status"/> (all when null) at the same moment, from one reading
    /// and one judging of every person: the dashboard shows both, and judging twice doubled its first view.
    /// </summary>
    public async Task<(AuditReport Audit, IReadOnlyList<Remedies.ObligationView> Obligations)> RunWithObligationsAsync(
        RegistryLocation location, AsOf? asOf, string? status, CancellationToken cancellationToken)
    {
        var (audit, obligations) = await JudgeAsync(location, asOf, status ?? string.Empty, cancellationToken);
        return (audit, obligations!);
    }

    /// <summary>Reads every person once and judges them: findings and remedies, and obligations when asked.</summary>
    /// <param name="location">The registry.</param>
    /// <param name="asOf">The moment judged; now when null.</param>
    /// <param name="obligationStatus">Null: no obligations; empty: all of them; else only those with that status.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    private async Task<(AuditReport Audit, IReadOnlyList<Remedies.ObligationView>? Obligations)> JudgeAsync(
        RegistryLocation location, AsOf? asOf, string? obligationStatus, CancellationToken cancellationToken)
    {
        var at = asOf?.Value ?? TimeValue.FromInstant(time.GetUtcNow());
        var (events, perPerson) = await EveryPerson.JudgeAsync(location, history =>
        {
            var findings = rules.Audit(history, at);
            var remedies = Remedy.Opened(history, findings, at);
            return (Findings: findings, Remedies: remedies, Obligations: obligationStatus is null ? [] : Remedies.ObligationsQuery.Of(history, remedies, at));
        }, cancellationToken);
        var findings = new List<FindingView>();
        foreach (var finding in perPerson.SelectMany(p => p.Findings).OrderBy(f => f.Sequence ?? long.MaxValue)
                     .ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Person, StringComparer.Ordinal))
        {
            findings.Add(FindingView.From(finding));
        }

        var audit = new AuditReport(at.Text, events, perPerson.Length, findings,
            perPerson.SelectMany(p => p.Remedies).OrderBy(r => r.Sequence).ThenBy(r => r.Person, StringComparer.Ordinal).Select(RemedyView.From).ToArray());
        return (audit, obligationStatus is null
            ? null
            : Remedies.ObligationsQuery.Arrange(perPerson.SelectMany(p => p.Obligations), obligationStatus.Length == 0 ? null : obligationStatus));
    }
}
