using Habeas.Core.Queries;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;

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
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var snapshot = await RegistryDatabase.BeginSnapshotAsync(connection, cancellationToken);
        var facts = LawFacts.LoadAll(connection, snapshot, cancellationToken);
        var occupancy = PeriodOccupancy.Load(connection, snapshot);
        var at = asOf?.Value ?? TimeValue.FromInstant(time.GetUtcNow());
        var findings = new List<FindingView>();
        var persons = facts.Persons.Order(StringComparer.Ordinal).ToArray();
        var perPerson = new IReadOnlyList<Finding>[persons.Length];
        var remedies = new IReadOnlyList<Remedy>[persons.Length];
        Parallel.For(0, persons.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var history = facts.HistoryOf(persons[i], occupancy);
            perPerson[i] = rules.Audit(history, at);
            remedies[i] = Remedy.Opened(history, perPerson[i], at);
        });
        foreach (var finding in perPerson.SelectMany(f => f).OrderBy(f => f.Sequence ?? long.MaxValue)
                     .ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Person, StringComparer.Ordinal))
        {
            findings.Add(FindingView.From(finding));
        }

        return new AuditReport(at.Text, facts.Count, persons.Length, findings,
            remedies.SelectMany(r => r).OrderBy(r => r.Sequence).ThenBy(r => r.Person, StringComparer.Ordinal).Select(RemedyView.From).ToArray());
    }
}
