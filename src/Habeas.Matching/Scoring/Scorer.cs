using Habeas.Matching.Comparison;
using Habeas.Matching.Records;

namespace Habeas.Matching.Scoring;

/// <summary>
/// A pair's match weight under a model, with the term-frequency adjustment: when a name or text field agrees exactly,
/// its u is how common that value is rather than the field's average (so GARCIA = GARCIA counts for less than a rare
/// surname), as Splink and Winkler's frequency-based matching do.
/// </summary>
internal sealed class Scorer
{
    private readonly MatchModel _model;
    private readonly Dictionary<ulong, double> _patternWeights = [];
    private readonly int[] _adjusted;

    public Scorer(MatchModel model)
    {
        _model = model;
        _adjusted = Enumerable.Range(0, model.Comparisons.Count).Where(c => model.Comparisons[c].FrequencyAdjusted).ToArray();
    }

    /// <summary>Precomputes the weight of every pattern that will be scored (the table is then read-only and thread-safe).</summary>
    public void Prepare(IEnumerable<ulong> patterns)
    {
        foreach (var pattern in patterns)
        {
            _patternWeights[pattern] = _model.PatternWeight(pattern);
        }
    }

    public double Weight(ulong pattern, PreparedRecord a)
    {
        var weight = _patternWeights.TryGetValue(pattern, out var w) ? w : _model.PatternWeight(pattern);

        var crossed = (pattern & Comparator.Crossed) != 0;
        foreach (var c in _adjusted)
        {
            if (Comparator.LevelOf(pattern, c) == 1)
            {
                weight += Adjustment(_model, c, a, crossed);
            }
        }

        return weight;
    }

    public static double FieldWeight(MatchModel model, int comparison, int level, PreparedRecord a, bool crossed)
    {
        var weight = model.Weight(comparison, level);
        return level == 1 && model.Comparisons[comparison].FrequencyAdjusted ? weight + Adjustment(model, comparison, a, crossed) : weight;
    }

    /// <summary>
    /// log2(u) − log2(frequency of the value): replaces the level's average u by the value's own. Names that agreed
    /// crossed (a given name equal to a surname) take their frequency in the part they met.
    /// </summary>
    private static double Adjustment(MatchModel model, int comparison, PreparedRecord a, bool crossed)
    {
        var name = model.Comparisons[comparison].Kind is ComparisonKind.GivenName or ComparisonKind.Surname;
        var logFrequency = crossed && name ? a.CrossedLogFrequency : a.LogFrequency[model.Comparisons[comparison].FrequencySlot];
        return Math.Log2(Math.Max(model.U[comparison][0], MatchModel.MinimumProbability)) - logFrequency;
    }
}
