using Habeas.Core.Store;
using Habeas.Matching.Linking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Habeas.Core.Identity;

/// <summary>
/// Registry persons who are probably the same person recorded twice (two sources, no shared id): the registry's own
/// records deduplicated with the engine of <c>habeas dedupe</c>. A list for a records officer to act on with
/// <c>identity.merged</c>; nothing is changed. A person's own records (sources, aliases) are not pairs.
/// </summary>
public static class DuplicatePersons
{
    /// <summary>Pairs of distinct persons, best first, each with its status (<c>merge</c> at or above the threshold, else <c>review</c>).</summary>
    public static async Task<(IReadOnlyList<DuplicatePair> Pairs, LinkStatistics Statistics)> FindAsync(
        RegistryDbContext db, double threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentException($"--threshold: expected a probability between 0 and 1 (exclusive), got {threshold}.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var (records, _, _) = RegistryIdentities.Read(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
        var names = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.PersonId, p => p.DisplayName, StringComparer.Ordinal, cancellationToken);
        var result = new Linker(LinkOptions.Default with { Threshold = threshold, ReviewFrom = Math.Min(0.5, threshold) }).Deduplicate(records);

        // A pair of persons may come from several of their records: the best pair speaks for them.
        var pairs = result.Pairs
            .Where(p => !string.Equals(p.A.Id, p.B.Id, StringComparison.Ordinal))
            .GroupBy(p => string.CompareOrdinal(p.A.Id, p.B.Id) < 0 ? (p.A.Id, p.B.Id) : (p.B.Id, p.A.Id))
            .Select(g => g.MaxBy(p => p.Weight)!)
            .OrderByDescending(p => p.Weight).ThenBy(p => p.A.Id, StringComparer.Ordinal).ThenBy(p => p.B.Id, StringComparer.Ordinal)
            .ToList();

        // A person in two pairs is ambiguous (P-7 like P-1 and like P-8, who have different A-numbers): a person decides.
        var seen = pairs.SelectMany(p => new[] { p.A.Id, p.B.Id }).GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var found = pairs.Select(p => new DuplicatePair(
                p.A.Id, names.GetValueOrDefault(p.A.Id, p.A.Id), p.B.Id, names.GetValueOrDefault(p.B.Id, p.B.Id),
                Math.Round(p.Probability, 6), p.Review || seen.Contains(p.A.Id) || seen.Contains(p.B.Id) ? "review" : "merge", result.Explain(p)))
            .ToList();
        return (found, result.Statistics);
    }
}
