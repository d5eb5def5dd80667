using Habeas.Core.Store;
using Habeas.Matching.Linking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Habeas.Core.Identity;

/// <summary>
/// Registry persons who are probably the same person recorded twice (two sources, no shared id): the registry's own
/// records deduplicated with the engine of <c>habeas dedupe</c>. A list for a records officer to act on with
/// <c>identity.merged</c> (or, for a pair that is two people, <c>identity.split</c> naming one's record and the other
/// person); nothing is changed. This is the review queue of identity resolution: a record without a <c>person</c> that
/// fell inside the review band became a new person, and its pair shows here until a reviewer decides. A person's own
/// records (sources, aliases) are not pairs; ids already merged are one person; a pair a reviewer kept apart is not
/// shown again.
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
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // Records of ids already merged are their survivor's: one person, no pair. Pairs a reviewer kept apart are not asked again.
        var identities = PersonMerges.Load(connection, transaction);
        var (records, _, _) = RegistryIdentities.Read(connection, transaction, identities);
        var keptApart = PersonMerges.KeptApart(PersonMerges.Labels(connection, transaction), identities);
        var names = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.PersonId, p => p.DisplayName, StringComparer.Ordinal, cancellationToken);
        var result = new Linker(LinkOptions.Default with { Threshold = threshold, ReviewFrom = Math.Min(0.5, threshold) }).Deduplicate(records);

        // A pair of persons may come from several of their records: the best pair speaks for them.
        var pairs = result.Pairs
            .Where(p => !string.Equals(p.A.Id, p.B.Id, StringComparison.Ordinal) && !keptApart.Contains(PersonMerges.Pair(p.A.Id, p.B.Id)))
            .GroupBy(p => PersonMerges.Pair(p.A.Id, p.B.Id))
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
