using Habeas.Core.Audit;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Remedies;

/// <summary>
/// <c>habeas obligations</c>: every requirement of every court order for each person it names, and every remedy a
/// blocking finding opened, as they stand at a moment (valid time; default now). A first cut of issue #6: recurring
/// requirements are judged by their first due time.
/// </summary>
public sealed class ObligationsQuery(RuleBook rules, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Statuses = ["open", "due-soon", "overdue", "satisfied", "superseded", "stayed"];

    public async Task<(string AsOf, IReadOnlyList<ObligationView> Obligations)> RunAsync(
        RegistryLocation location, AsOf? asOf, string? status, CancellationToken cancellationToken)
    {
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var snapshot = await RegistryDatabase.BeginSnapshotAsync(connection, cancellationToken);
        var facts = LawFacts.LoadAll(connection, snapshot, cancellationToken);
        var occupancy = PeriodOccupancy.Load(connection, snapshot);
        var at = asOf?.Value ?? TimeValue.FromInstant(time.GetUtcNow());
        var persons = facts.Persons.Order(StringComparer.Ordinal).ToArray();
        var perPerson = new List<Obligation>[persons.Length];
        Parallel.For(0, persons.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var history = facts.HistoryOf(persons[i], occupancy);
            perPerson[i] = [.. Obligation.Ordered(history, at), .. Remedy.Opened(history, rules.Audit(history, at), at).Select(Obligation.From)];
        });
        var obligations = perPerson.SelectMany(o => o)
            .Where(o => status is null || o.Status == status)
            .OrderBy(o => o.Order is null ? 1 : 0).ThenBy(o => o.Order, StringComparer.Ordinal).ThenBy(o => o.Person, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(ObligationView.From)
            .ToArray();
        return (at.Text, obligations);
    }
}
