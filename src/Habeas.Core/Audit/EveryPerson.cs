using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Audit;

/// <summary>
/// One pass over the whole registry for the rules: one read snapshot, the log parsed into a fact index, the custody
/// periods for occupancy, then a judgement applied to every person's history on both cores. What an audit
/// and the obligations list share.
/// </summary>
internal static class EveryPerson
{
    /// <returns>How many events were read, and one result per person (in person id order).</returns>
    public static async Task<(long Events, T[] Results)> JudgeAsync<T>(RegistryLocation location, Func<CaseHistory, T> judge, CancellationToken cancellationToken)
    {
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var snapshot = await RegistryDatabase.BeginSnapshotAsync(connection, cancellationToken);
        var facts = LawFacts.LoadAll(connection, snapshot, cancellationToken);
        var occupancy = PeriodOccupancy.Load(connection, snapshot);
        var persons = facts.Persons.Order(StringComparer.Ordinal).ToArray();
        var results = new T[persons.Length];
        Parallel.For(0, persons.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = judge(facts.HistoryOf(persons[i], occupancy)));
        return (facts.Count, results);
    }
}
