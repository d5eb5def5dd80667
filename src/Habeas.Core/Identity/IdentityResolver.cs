using System.Data.Common;
using System.Globalization;
using Habeas.Domain.Events;
using Habeas.Domain.Rules;
using Habeas.Matching.Linking;
using Habeas.Matching.Locating;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;
using Habeas.Matching.Scoring;

namespace Habeas.Core.Identity;

/// <summary>
/// Decides who a <c>person.recorded</c> without a <c>person</c> is (issue #5, registry integration): the record is
/// looked up in a locator index of every record the registry holds, as of the line before it, and linked to the best
/// person when the probability that it is them reaches the threshold; inside the review band it becomes a new person
/// and the pair waits for a reviewer (<c>habeas duplicates</c>); below, a new person. Incremental: each record is
/// added to the index as it is appended, nothing is linked again. The decision is a function of the log up to the
/// record, so an export imported again reaches the same one.
/// </summary>
internal sealed class IdentityResolver
{
    /// <summary>The source name of the <c>identity.merged</c> lines the registry writes.</summary>
    public const string SourceName = "habeas identity";

    /// <summary>How many hits are looked at: a person may rank with several records (sources, aliases).</summary>
    private const int Hits = 10;

    private readonly LocatorIndex _index;
    private readonly LinkOptions _options;

    private IdentityResolver(LocatorIndex index, LinkOptions options)
    {
        _index = index;
        _options = options;
    }

    /// <summary>
    /// Reads every person record of the registry (in the append's transaction) into an index, with the default weights
    /// refined by the reviewers' decisions recorded so far (<see cref="LabelledWeights"/>).
    /// </summary>
    public static IdentityResolver Load(DbConnection connection, DbTransaction? transaction, LinkOptions? options = null)
    {
        var identities = PersonMerges.Load(connection, transaction);
        var (records, _, _) = RegistryIdentities.Read(connection, transaction, PersonIdentities.None);
        var model = LabelledWeights.Refine(LocatorIndex.DefaultModel, Labels(records, PersonMerges.Labels(connection, transaction)));
        var index = new LocatorIndex(model);
        index.AddRange(records.Select(r => identities.IsEmpty ? r : r with { Id = identities.Canonical(r.Id) }).ToArray());
        return new IdentityResolver(index, options ?? LinkOptions.Default);
    }

    /// <summary>
    /// The reviewers' decisions as pairs of records (each id's first record): the registry's own links are not labels,
    /// or its guesses would teach it to guess the same way.
    /// </summary>
    public static List<LabelledPair> Labels(IReadOnlyList<IdentityRecord> records, IReadOnlyList<IdentityLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(labels);
        var first = new Dictionary<string, IdentityRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            first.TryAdd(record.Id, record);
        }

        return labels.Where(l => !l.ByRegistry && first.ContainsKey(l.Person) && first.ContainsKey(l.Other))
            .Select(l => new LabelledPair(first[l.Person], first[l.Other], l.Same))
            .ToList();
    }

    /// <summary>Adds an appended record, under the person it belongs to now.</summary>
    public void Add(string person, PersonRecorded record)
    {
        foreach (var each in RegistryIdentities.Records(person, record))
        {
            _index.Add(each);
        }
    }

    /// <summary>
    /// Who <paramref name="record"/> (appended as <paramref name="self"/>) is. Ids in the index are mapped through
    /// <paramref name="canonical"/> (merges this batch made since the index was read).
    /// </summary>
    public IdentityDecision Resolve(string self, PersonRecorded record, Func<string, string> canonical)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(canonical);
        var query = RegistryIdentities.Records(self, record)[0];
        var best = _index.Search(query, Hits)
            .Select(h => (Hit: h, Person: canonical(h.Record.Id)))
            .Where(h => !string.Equals(h.Person, self, StringComparison.Ordinal))
            .GroupBy(h => h.Person, StringComparer.Ordinal)
            .Select(g => g.First())
            .FirstOrDefault();
        if (best.Hit is not { } hit)
        {
            return new IdentityDecision(IdentityOutcome.New, null, 0, "no record of the registry is like it");
        }

        var reason = $"identity resolution: probability {hit.Probability.ToString("0.000", CultureInfo.InvariantCulture)} " +
                     $"(weight {hit.Weight.ToString("0.0", CultureInfo.InvariantCulture)}; {hit.Agreement})";
        // Two whole A-numbers more than a typo apart are two people however alike the names: a person decides.
        var numbersConflict = query.IdNumber is { Length: 9 } a && hit.Record.IdNumber is { Length: 9 } b && ANumbers.Distance(a, b) > 1;
        var outcome = hit.Probability >= _options.Threshold && !numbersConflict ? IdentityOutcome.Linked
            : hit.Probability >= _options.ReviewFrom || numbersConflict && hit.Probability >= _options.Threshold ? IdentityOutcome.Review
            : IdentityOutcome.New;
        return new IdentityDecision(outcome, best.Person, hit.Probability, reason);
    }
}

/// <summary>What identity resolution made of a record.</summary>
internal enum IdentityOutcome
{
    /// <summary>No one is like enough: a new person.</summary>
    New,

    /// <summary>Inside the review band: a new person, and the pair is for a reviewer.</summary>
    Review,

    /// <summary>At or above the threshold: the record is that person's.</summary>
    Linked,
}

/// <param name="Outcome">Linked, for review, or new.</param>
/// <param name="Candidate">The best person, when there is one.</param>
/// <param name="Probability">That the record is <paramref name="Candidate"/>.</param>
/// <param name="Reason">The evidence, in words a reviewer reads.</param>
internal sealed record IdentityDecision(IdentityOutcome Outcome, string? Candidate, double Probability, string Reason);
