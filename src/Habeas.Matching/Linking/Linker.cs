using System.Collections.Concurrent;
using System.Diagnostics;
using Habeas.Matching.Blocking;
using Habeas.Matching.Comparison;
using Habeas.Matching.Records;
using Habeas.Matching.Scoring;

namespace Habeas.Matching.Linking;

/// <summary>
/// Links two lists of person records, or deduplicates one: blocking by several keys, comparison of every candidate
/// pair, a Fellegi–Sunter model fitted by EM on the lists themselves (no labels), term-frequency adjusted weights,
/// then a one-to-one assignment (linking) or clusters (deduplication). Stateless; safe to reuse.
/// </summary>
public sealed class Linker
{
    private const int Chunk = 256;
    private readonly LinkOptions _options;

    /// <param name="options">Thresholds and limits; <see cref="LinkOptions.Default"/> when null.</param>
    public Linker(LinkOptions? options = null) => _options = options ?? LinkOptions.Default;

    /// <summary>Links <paramref name="a"/> and <paramref name="b"/>: each record is matched to at most one of the other list.</summary>
    /// <param name="a">The first list.</param>
    /// <param name="b">The second list.</param>
    /// <param name="textFields">Names of the further fields both lists share, in the order of <see cref="IdentityRecord.Texts"/>.</param>
    public LinkResult Link(IReadOnlyList<IdentityRecord> a, IReadOnlyList<IdentityRecord> b, IReadOnlyList<string>? textFields = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Run(a, b, textFields ?? [], deduplicate: false);
    }

    /// <summary>Finds the records of one list that are the same person, and groups them.</summary>
    public LinkResult Deduplicate(IReadOnlyList<IdentityRecord> records, IReadOnlyList<string>? textFields = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Run(records, records, textFields ?? [], deduplicate: true);
    }

    private LinkResult Run(IReadOnlyList<IdentityRecord> a, IReadOnlyList<IdentityRecord> b, IReadOnlyList<string> textFields, bool deduplicate)
    {
        var clock = Stopwatch.StartNew();
        var preparedA = Prepare(a, textFields.Count);
        var preparedB = deduplicate ? preparedA : Prepare(b, textFields.Count);
        TermFrequencies.Fill(deduplicate ? preparedA : [.. preparedA, .. preparedB], textFields.Count);
        var comparator = new Comparator(ChooseComparisons(preparedA, preparedB, textFields));
        var index = new BlockIndex(preparedA);
        var prepareSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var (candidates, counts, skipped) = Compare(preparedA, preparedB, index, comparator, deduplicate);
        var compareSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var comparisons = comparator.Comparisons;
        var u = EstimateU(preparedA, preparedB, comparator, deduplicate);
        // Sorted: EM sums in this order, and the same input must give the same model to the last bit.
        var patterns = counts.Keys.Order().ToArray();
        // At most one match per record of the smaller list (linking) or per record (deduplication, counting pairs).
        var maxLambda = Math.Clamp((double)Math.Min(preparedA.Length, preparedB.Length) / Math.Max(1, candidates.Count), 1e-9, 1);
        var (model, history) = ExpectationMaximisation.Fit(
            comparisons, patterns, patterns.Select(p => (double)counts[p]).ToArray(), u, InitialM(comparisons), maxLambda / 2, maxLambda);

        // EM needs enough true matches to find them; with few (one duplicate in a short list) or none it fits something
        // else. Then the default weights judge, with a prior of one match per record among its candidates.
        var implausible = model.Implausibility();
        if (implausible is not null)
        {
            model = DefaultWeights.For(comparisons, Math.Min(maxLambda, 1.0 / Math.Max(2, Math.Max(preparedA.Length, preparedB.Length))));
        }

        var scorer = new Scorer(model);
        scorer.Prepare(patterns);
        var reviewWeight = Math.Log2(_options.ReviewFrom / (1 - _options.ReviewFrom));
        var kept = new List<(int A, int B, double Weight, bool Conflict)>();
        var id = comparisons.ToList().FindIndex(c => c.Kind == ComparisonKind.IdNumber);
        foreach (var (ia, ib, pattern) in candidates)
        {
            var weight = scorer.Weight(pattern, preparedA[ia]);
            if (weight >= reviewWeight)
            {
                // Two A-numbers (nine digits) more than a typo apart are two persons as far as the registry knows: namesakes with the
                // same name and birth date have them. Such a pair is never linked automatically; a person reviews it.
                // Other numbers (a list's own seven-digit person number) are typed less carefully: they only weigh.
                var conflict = id >= 0 && Comparator.LevelOf(pattern, id) == comparisons[id].Levels.Count &&
                               preparedA[ia].IdNumber!.Length == 9 && preparedB[ib].IdNumber!.Length == 9;
                kept.Add((ia, ib, weight, conflict));
            }
        }

        kept.Sort((x, y) => y.Weight.CompareTo(x.Weight) is var order and not 0 ? order : (x.A, x.B).CompareTo((y.A, y.B)));
        var pairs = deduplicate ? kept.Select(k => Pair(k, preparedA, preparedB)).ToList() : OneToOne(kept, preparedA, preparedB);
        var clusters = deduplicate ? Cluster(pairs, preparedA) : [];
        var scoreSeconds = clock.Elapsed.TotalSeconds;

        var statistics = new LinkStatistics(
            preparedA.Length, preparedB.Length, candidates.Count, skipped, patterns.Length, history.Count,
            prepareSeconds, compareSeconds, scoreSeconds)
        {
            ModelRejected = implausible,
        };
        var compared = _options.KeepCandidates ? candidates.Select(c => ((long)c.A << 32) | (uint)c.B).ToArray() : null;
        return new LinkResult(model, pairs, clusters, statistics, compared, preparedA, preparedB, comparator);
    }

    private LinkedPair Pair((int A, int B, double Weight, bool Conflict) k, PreparedRecord[] a, PreparedRecord[] b)
    {
        var probability = MatchModel.Probability(k.Weight);
        return new LinkedPair(a[k.A].Source, b[k.B].Source, k.Weight, probability, probability < _options.Threshold || k.Conflict)
        {
            IndexA = k.A,
            IndexB = k.B,
        };
    }

    /// <summary>
    /// Greedy one-to-one: the best remaining pair first (Jaro 1989 uses an optimal assignment; greedy differs only on
    /// ties of near-equal weights). Pairs whose A-numbers conflict come last, so a namesake never takes the record
    /// that its true counterpart should have.
    /// </summary>
    private List<LinkedPair> OneToOne(List<(int A, int B, double Weight, bool Conflict)> kept, PreparedRecord[] a, PreparedRecord[] b)
    {
        var takenA = new bool[a.Length];
        var takenB = new bool[b.Length];
        var pairs = new List<LinkedPair>();
        foreach (var k in kept.Where(k => !k.Conflict).Concat(kept.Where(k => k.Conflict)))
        {
            if (!takenA[k.A] && !takenB[k.B])
            {
                takenA[k.A] = takenB[k.B] = true;
                pairs.Add(Pair(k, a, b));
            }
        }

        return pairs;
    }

    /// <summary>Connected components of the matches (not the review pairs), by union–find.</summary>
    private static List<IReadOnlyList<IdentityRecord>> Cluster(List<LinkedPair> pairs, PreparedRecord[] records)
    {
        var parent = new int[records.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var pair in pairs.Where(p => !p.Review))
        {
            var (x, y) = (Find(pair.IndexA), Find(pair.IndexB));
            if (x != y)
            {
                parent[Math.Max(x, y)] = Math.Min(x, y);
            }
        }

        var groups = new SortedDictionary<int, SortedSet<int>>();
        foreach (var pair in pairs.Where(p => !p.Review))
        {
            var root = Find(pair.IndexA);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(pair.IndexA);
            members.Add(pair.IndexB);
        }

        return groups.Values.Select(g => (IReadOnlyList<IdentityRecord>)g.Select(i => records[i].Source).ToList()).ToList();
    }

    private static PreparedRecord[] Prepare(IReadOnlyList<IdentityRecord> records, int textCount)
    {
        var prepared = new PreparedRecord[records.Count];
        Parallel.For(0, prepared.Length, i => prepared[i] = new PreparedRecord(records[i], textCount));
        return prepared;
    }

    /// <summary>A field is compared when at least one record on each side has it.</summary>
    private static List<FieldComparison> ChooseComparisons(PreparedRecord[] a, PreparedRecord[] b, IReadOnlyList<string> textFields)
    {
        var comparisons = new List<FieldComparison>();
        void AddIf(Func<PreparedRecord, bool> has, FieldComparison comparison)
        {
            if (a.Any(has) && b.Any(has))
            {
                comparisons.Add(comparison);
            }
        }

        AddIf(r => r.Given.Length > 0, new FieldComparison("given", ComparisonKind.GivenName));
        AddIf(r => r.Surnames.Length > 0, new FieldComparison("surnames", ComparisonKind.Surname));
        AddIf(r => r.Year != 0, new FieldComparison("dob", ComparisonKind.BirthDate));
        AddIf(r => r.IdNumber is not null, new FieldComparison("id_number", ComparisonKind.IdNumber));
        AddIf(r => r.Country is not null, new FieldComparison("country", ComparisonKind.Country));
        AddIf(r => r.Sex != '\0', new FieldComparison("sex", ComparisonKind.Sex));
        for (var i = 0; i < textFields.Count && comparisons.Count < Comparator.MaxComparisons; i++)
        {
            var t = i;
            AddIf(r => r.Texts[t] is not null, new FieldComparison(textFields[i], ComparisonKind.Text, i));
        }

        return comparisons;
    }

    private (List<(int A, int B, ulong Pattern)> Candidates, Dictionary<ulong, long> Counts, long Skipped) Compare(
        PreparedRecord[] a, PreparedRecord[] b, BlockIndex index, Comparator comparator, bool deduplicate)
    {
        var results = new ConcurrentBag<(List<(int, int, ulong)> Pairs, Dictionary<ulong, long> Counts, long Skipped)>();
        var chunks = (b.Length + Chunk - 1) / Chunk;
        Parallel.For(
            0,
            chunks,
            () => (Stamp: new int[a.Length], Pairs: new List<(int, int, ulong)>(), Counts: new Dictionary<ulong, long>(), Skipped: 0L, Keys: new List<(ulong, BlockingRule)>()),
            (chunk, _, local) =>
            {
                for (var ib = chunk * Chunk; ib < Math.Min(b.Length, (chunk + 1) * Chunk); ib++)
                {
                    BlockingKeys.Of(b[ib], local.Keys);
                    foreach (var (key, rule) in local.Keys)
                    {
                        var block = index.Records(key);
                        if (block.Length > Cap(rule))
                        {
                            local.Skipped++;
                            continue;
                        }

                        foreach (var ia in block)
                        {
                            if ((deduplicate && ia >= ib) || local.Stamp[ia] == ib + 1)
                            {
                                continue;
                            }

                            local.Stamp[ia] = ib + 1;
                            var pattern = comparator.Pattern(a[ia], b[ib]);
                            local.Pairs.Add((ia, ib, pattern));
                            local.Counts[pattern] = local.Counts.TryGetValue(pattern, out var n) ? n + 1 : 1;
                        }
                    }
                }

                return local;
            },
            local => results.Add((local.Pairs, local.Counts, local.Skipped)));

        var candidates = new List<(int A, int B, ulong Pattern)>(results.Sum(r => r.Pairs.Count));
        var counts = new Dictionary<ulong, long>();
        long skipped = 0;
        foreach (var (pairs, localCounts, localSkipped) in results)
        {
            candidates.AddRange(pairs);
            skipped += localSkipped;
            foreach (var (pattern, n) in localCounts)
            {
                counts[pattern] = counts.TryGetValue(pattern, out var m) ? m + n : n;
            }
        }

        // Parallel chunks finish in any order: sort so that ties resolve the same way on every run.
        candidates.Sort((x, y) => (x.A, x.B).CompareTo((y.A, y.B)));
        return (candidates, counts, skipped);
    }

    /// <summary>Name pairs alone and shared texts are weak keys: they get a tenth of the cap.</summary>
    private int Cap(BlockingRule rule) => rule is BlockingRule.NamePair or BlockingRule.Text ? Math.Max(10, _options.MaxBlock / 10) : _options.MaxBlock;

    /// <summary>u from random pairs, which are almost all non-matches; add-½ smoothing keeps every level possible.</summary>
    private double[][] EstimateU(PreparedRecord[] a, PreparedRecord[] b, Comparator comparator, bool deduplicate)
    {
        var comparisons = comparator.Comparisons;
        var counts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
        var samples = (int)Math.Min(_options.RandomPairs, (long)a.Length * b.Length);

        // Fixed segments, each with its own seeded generator: the same sample whatever the thread timing.
        const int Segments = 16;
        var segmentCounts = new double[Segments][][];
        Parallel.For(0, Segments, segment =>
        {
            var local = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
            var random = new Random(unchecked((_options.Seed * 7919) + segment));
            for (var s = segment; s < samples; s += Segments)
            {
                var ia = random.Next(a.Length);
                var ib = random.Next(b.Length);
                if (deduplicate && ia == ib)
                {
                    continue;
                }

                var pattern = comparator.Pattern(a[ia], b[ib]);
                for (var c = 0; c < comparisons.Count; c++)
                {
                    var level = Comparator.LevelOf(pattern, c);
                    if (level > 0)
                    {
                        local[c][level - 1]++;
                    }
                }
            }

            segmentCounts[segment] = local;
        });

        foreach (var local in segmentCounts)
        {
            for (var c = 0; c < counts.Length; c++)
            {
                for (var l = 0; l < counts[c].Length; l++)
                {
                    counts[c][l] += local[c][l];
                }
            }
        }

        return counts.Select(row =>
        {
            var total = row.Sum() + (0.5 * row.Length);
            return row.Select(n => (n + 0.5) / total).ToArray();
        }).ToArray();
    }

    /// <summary>A starting point EM moves from: matches mostly agree exactly, less often at each lower level.</summary>
    private static double[][] InitialM(IReadOnlyList<FieldComparison> comparisons) => comparisons.Select(c =>
    {
        var row = new double[c.Levels.Count];
        var rest = 0.2;
        row[0] = 0.8;
        for (var l = 1; l < row.Length; l++)
        {
            row[l] = l == row.Length - 1 ? rest : rest / 2;
            rest -= row[l];
        }

        return row;
    }).ToArray();
}
