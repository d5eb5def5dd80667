using Habeas.Matching.Blocking;
using Habeas.Matching.Comparison;
using Habeas.Matching.Linking;
using Habeas.Matching.Records;
using Habeas.Matching.Scoring;

namespace Habeas.Matching.Locating;

/// <summary>
/// A search index over person records: the linker's blocking keys, comparators and weights, answering "who is this?"
/// for one query at a time. Records are added incrementally (nothing is re-linked); a search compares the query with
/// every record sharing a key, ranks them by match weight and explains each. Adding is not thread-safe; searching is,
/// once adding has stopped (or under the caller's lock).
/// </summary>
public sealed class LocatorIndex
{
    /// <summary>The most records one key may bring to a query; a crowded key (GARCIA alone) is skipped beyond this.</summary>
    public const int MaxBlock = 20_000;

    /// <summary>The cap on a name pair without a year when the query has a whole date of birth.</summary>
    public const int DatedNamePairBlock = 500;

    private static readonly FieldComparison[] Fields =
    [
        new("given", ComparisonKind.GivenName),
        new("surnames", ComparisonKind.Surname),
        new("dob", ComparisonKind.BirthDate),
        new("id_number", ComparisonKind.IdNumber),
        new("country", ComparisonKind.Country),
        new("sex", ComparisonKind.Sex),
    ];

    private readonly List<PreparedRecord> _records = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<int>> _blocks = [];

    // The records of the first AddRange into an empty index, by key in sorted arrays (one sort instead of a million
    // small lists); records added later go to _blocks.
    private BlockIndex? _bulk;
    private readonly Dictionary<string, int> _givenCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _surnameCounts = new(StringComparer.Ordinal);
    private readonly Comparator _comparator = new(Fields);
    private readonly Scorer _scorer;
    private readonly List<(ulong Key, BlockingRule Rule)> _keys = [];

    /// <param name="model">The weights; <see cref="DefaultModel"/> when null (a model fitted by <see cref="Linker"/> on the registry's own lists may replace it).</param>
    public LocatorIndex(MatchModel? model = null)
    {
        Model = model ?? DefaultModel;
        _scorer = new Scorer(Model);
    }

    /// <summary>The registry's fields with <see cref="DefaultWeights"/> (a fitted model may replace it).</summary>
    public static MatchModel DefaultModel { get; } = DefaultWeights.For(Fields, 0.5);

    /// <summary>The weights in use.</summary>
    public MatchModel Model { get; }

    /// <summary>How many records are indexed.</summary>
    public int Count => _records.Count;

    /// <summary>Adds a record (a person may have several: one per source, one per alias).</summary>
    public void Add(IdentityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Add(new PreparedRecord(record, 0));
    }

    /// <summary>Adds records in order, preparing them (names folded, keys) on every core first.</summary>
    public void AddRange(IEnumerable<IdentityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records as IReadOnlyList<IdentityRecord> ?? records.ToArray();
        var prepared = new PreparedRecord[list.Count];
        Parallel.For(0, prepared.Length, i => prepared[i] = new PreparedRecord(list[i], 0));
        if (_records.Count > 0 || _bulk is not null)
        {
            foreach (var record in prepared)
            {
                Add(record);
            }

            return;
        }

        _records.AddRange(prepared);
        _bulk = new BlockIndex(prepared);
        foreach (var record in prepared)
        {
            _ids.Add(record.Source.Id);
            Tally(_givenCounts, record.Given.Length == 0 ? null : record.GivenJoined);
            Tally(_surnameCounts, record.Surnames.Length == 0 ? null : record.SurnamesJoined);
        }
    }

    private void Add(PreparedRecord prepared)
    {
        _ids.Add(prepared.Source.Id);
        var position = _records.Count;
        _records.Add(prepared);
        BlockingKeys.Of(prepared, _keys);
        foreach (var (key, _) in _keys)
        {
            if (!_blocks.TryGetValue(key, out var block))
            {
                _blocks[key] = block = [];
            }

            if (block.Count == 0 || block[^1] != position)
            {
                block.Add(position);
            }
        }

        Tally(_givenCounts, prepared.Given.Length == 0 ? null : prepared.GivenJoined);
        Tally(_surnameCounts, prepared.Surnames.Length == 0 ? null : prepared.SurnamesJoined);
    }

    /// <summary>
    /// The records most likely to be the person the query describes, best first, at most <paramref name="limit"/>,
    /// each with a positive weight (more evidence for than against). A query needs two name parts, a date of birth
    /// with a name, or an identifying number to find anything.
    /// </summary>
    public IReadOnlyList<LocatorHit> Search(IdentityRecord query, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var prepared = new PreparedRecord(query, 0);
        prepared.LogFrequency[0] = LogFrequency(_givenCounts, prepared.Given.Length == 0 ? null : prepared.GivenJoined);
        prepared.LogFrequency[1] = LogFrequency(_surnameCounts, prepared.Surnames.Length == 0 ? null : prepared.SurnamesJoined);
        prepared.CrossedLogFrequency = TermFrequencies.Crossed(prepared, _givenCounts, _records.Count, _surnameCounts, _records.Count);
        var keys = new List<(ulong Key, BlockingRule Rule)>();
        BlockingKeys.Of(prepared, keys);
        var seen = new HashSet<int>();
        var scored = new List<(int Position, double Weight)>();
        // With a whole date of birth the dated keys find the person unless the year is wrong; a crowded undated key
        // (JOSE GARCIA alone) would then only add thousands of namesakes born in other years.
        var dated = prepared.Year != 0 && prepared.Month != 0;
        foreach (var (key, rule) in keys)
        {
            var cap = dated && rule is BlockingRule.NamePair ? DatedNamePairBlock : MaxBlock;
            var bulk = _bulk is null ? [] : _bulk.Records(key);
            var added = _blocks.GetValueOrDefault(key);
            if (bulk.Length + (added?.Count ?? 0) > cap)
            {
                continue;
            }

            foreach (var position in bulk)
            {
                Score(position);
            }

            foreach (var position in added ?? [])
            {
                Score(position);
            }
        }

        void Score(int position)
        {
            if (seen.Add(position))
            {
                var pattern = _comparator.Pattern(prepared, _records[position]);
                var weight = _scorer.Weight(pattern, prepared) - Model.PriorWeight;
                if (weight > 0)
                {
                    scored.Add((position, weight));
                }
            }
        }

        scored.Sort((x, y) => y.Weight.CompareTo(x.Weight) is var order and not 0 ? order : x.Position.CompareTo(y.Position));
        // Which person is the one sought, if any: each of the N ids 1/N a priori, even odds that the person is indexed at
        // all; P(id i) = L_i / (N + Σ L_j), L the likelihood ratio 2^weight of the id's best record (its records — sources,
        // aliases — are one person, not rivals). Namesakes who fit equally share it.
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (position, weight) in scored)
        {
            var id = _records[position].Source.Id;
            best[id] = Math.Max(best.GetValueOrDefault(id, double.NegativeInfinity), weight);
        }

        var evidence = _ids.Count + best.Values.Sum(w => Math.Pow(2, w));
        return scored.Take(limit).Select(s =>
        {
            var record = _records[s.Position];
            var reasons = Explanation.Of(Model, _comparator.Pattern(prepared, record), prepared, record);
            return new LocatorHit(record.Source, s.Weight, Math.Pow(2, s.Weight) / evidence, reasons);
        }).ToArray();
    }

    private static void Tally(Dictionary<string, int> counts, string? value)
    {
        if (value is not null)
        {
            counts[value] = counts.TryGetValue(value, out var n) ? n + 1 : 1;
        }
    }

    private float LogFrequency(Dictionary<string, int> counts, string? value) =>
        value is null ? 0f : TermFrequencies.LogFrequency(counts.GetValueOrDefault(value), _records.Count);
}
