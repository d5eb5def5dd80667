using Habeas.Matching.Comparison;
using Habeas.Matching.Records;
using Habeas.Matching.Scoring;

namespace Habeas.Matching.Linking;

/// <summary>
/// The outcome of a link or deduplication: the pairs judged matches (and those for review), for deduplication the
/// clusters of records that are one person, the fitted model, and the figures.
/// </summary>
public sealed class LinkResult
{
    private readonly IReadOnlyList<PreparedRecord> _a;
    private readonly IReadOnlyList<PreparedRecord> _b;
    private readonly Comparator _comparator;

    internal LinkResult(
        MatchModel model, IReadOnlyList<LinkedPair> pairs, IReadOnlyList<IReadOnlyList<IdentityRecord>> clusters,
        LinkStatistics statistics, long[]? candidates,
        IReadOnlyList<PreparedRecord> a, IReadOnlyList<PreparedRecord> b, Comparator comparator)
    {
        Model = model;
        Pairs = pairs;
        Clusters = clusters;
        Statistics = statistics;
        Candidates = candidates;
        _a = a;
        _b = b;
        _comparator = comparator;
    }

    /// <summary>The model fitted on these lists, with its m and u probabilities.</summary>
    public MatchModel Model { get; }

    /// <summary>
    /// Matches and pairs for review, by descending weight (when linking, pairs whose A-numbers conflict after the rest).
    /// When linking, each record is in at most one pair.
    /// </summary>
    public IReadOnlyList<LinkedPair> Pairs { get; }

    /// <summary>The matches only.</summary>
    public IEnumerable<LinkedPair> Matches => Pairs.Where(p => !p.Review);

    /// <summary>For deduplication, the groups of two or more records judged to be one person; empty when linking.</summary>
    public IReadOnlyList<IReadOnlyList<IdentityRecord>> Clusters { get; }

    /// <summary>What ran and how long it took.</summary>
    public LinkStatistics Statistics { get; }

    /// <summary>
    /// Every compared pair as (position in the first list × 2^32 + position in the second), sorted, when
    /// <see cref="LinkOptions.KeepCandidates"/> was set; otherwise null. Packed to keep 100 million pairs under 1 GB.
    /// </summary>
    public IReadOnlyList<long>? Candidates { get; }

    /// <summary>Whether a pair of positions was compared (needs <see cref="LinkOptions.KeepCandidates"/>).</summary>
    public bool WasCompared(int positionA, int positionB) =>
        Candidates is long[] sorted ? Array.BinarySearch(sorted, ((long)positionA << 32) | (uint)positionB) >= 0 : throw new InvalidOperationException("Candidates were not kept: set LinkOptions.KeepCandidates.");

    /// <summary>
    /// Precision, recall, F1 and (when candidates were kept) blocking recall against known pairs by record id; pairs
    /// naming a record not in the lists are left out.
    /// </summary>
    public LinkQuality Measure(IEnumerable<(string A, string B)> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var positionA = Positions(_a);
        var positionB = Positions(_b);
        var known = truth.Where(t => positionA.ContainsKey(t.A) && positionB.ContainsKey(t.B)).ToHashSet();
        var matches = Matches.Select(p => (p.A.Id, p.B.Id)).ToList();
        var truePositives = matches.Count(known.Contains);
        double? blocking = Candidates is null || known.Count == 0
            ? null
            : (double)known.Count(t => WasCompared(positionA[t.A], positionB[t.B])) / known.Count;
        return new LinkQuality(known.Count, matches.Count, truePositives, blocking);
    }

    private static Dictionary<string, int> Positions(IReadOnlyList<PreparedRecord> records)
    {
        var positions = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            positions.TryAdd(records[i].Source.Id, i);
        }

        return positions;
    }

    /// <summary>Each field's contribution to the pair's weight, in the model's order; they sum with the prior to the weight.</summary>
    public IReadOnlyList<FieldWeight> Explain(LinkedPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = _a[pair.IndexA];
        var b = _b[pair.IndexB];
        return Explanation.Of(Model, _comparator.Pattern(a, b), a, b);
    }
}
