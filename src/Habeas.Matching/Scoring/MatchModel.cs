using System.Globalization;
using Habeas.Matching.Comparison;

namespace Habeas.Matching.Scoring;

/// <summary>
/// A Fellegi–Sunter model (Fellegi and Sunter, JASA 1969): for each comparison and level, m = P(level | same person)
/// and u = P(level | different persons), and λ = P(same person) among the pairs compared. A pair's match weight is
/// log2(λ/(1−λ)) plus log2(m/u) of each observed level; its probability is 2^w / (1 + 2^w). A missing field adds 0.
/// Immutable.
/// </summary>
public sealed class MatchModel
{
    private readonly double[][] _weights;

    /// <param name="comparisons">The comparisons, at most 16.</param>
    /// <param name="m">m[c][l − 1] for level l ≥ 1 of comparison c; each row sums to 1.</param>
    /// <param name="u">u[c][l − 1], likewise.</param>
    /// <param name="lambda">The share of pairs that are matches, in (0, 1).</param>
    public MatchModel(IReadOnlyList<FieldComparison> comparisons, double[][] m, double[][] u, double lambda)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(u);
        Comparisons = comparisons;
        M = m;
        U = u;
        Lambda = Math.Clamp(lambda, 1e-12, 1 - 1e-12);
        _weights = new double[comparisons.Count][];
        for (var c = 0; c < comparisons.Count; c++)
        {
            _weights[c] = new double[comparisons[c].Levels.Count + 1];
            for (var l = 1; l < _weights[c].Length; l++)
            {
                // A level never seen among matches (m = 0) would be an infinite veto; a floor keeps it a strong one.
                _weights[c][l] = Math.Log2(Math.Max(m[c][l - 1], MinimumProbability) / Math.Max(u[c][l - 1], MinimumProbability));
            }
        }

        PriorWeight = Math.Log2(Lambda / (1 - Lambda));
    }

    /// <summary>The smallest m or u a weight is computed from.</summary>
    public const double MinimumProbability = 1e-6;

    /// <summary>The comparisons, in pattern order.</summary>
    public IReadOnlyList<FieldComparison> Comparisons { get; }

    /// <summary>m[c][l − 1]: the probability of level l of comparison c among matches.</summary>
    public IReadOnlyList<IReadOnlyList<double>> M { get; }

    /// <summary>u[c][l − 1]: the probability of level l of comparison c among non-matches.</summary>
    public IReadOnlyList<IReadOnlyList<double>> U { get; }

    /// <summary>The prior probability that a compared pair is a match.</summary>
    public double Lambda { get; }

    /// <summary>log2(λ / (1 − λ)).</summary>
    public double PriorWeight { get; }

    /// <summary>The weight of level <paramref name="level"/> (≥ 1) of comparison <paramref name="comparison"/>; 0 for level 0.</summary>
    public double Weight(int comparison, int level) => _weights[comparison][level];

    /// <summary>
    /// Why the fitted model does not describe the same person, or null when it does. EM finds two classes in any set
    /// of pairs; on a list with no true matches the "match" class it finds is something else (namesakes, neighbours).
    /// A model of identity says that matches disagree on the strong identifiers — names, date of birth, identifying
    /// number — far less often than non-matches (weight of "different" below −1), and agree on names more often.
    /// </summary>
    public string? Implausibility()
    {
        for (var c = 0; c < Comparisons.Count; c++)
        {
            var comparison = Comparisons[c];
            if (comparison.Kind is not (ComparisonKind.GivenName or ComparisonKind.Surname or ComparisonKind.BirthDate or ComparisonKind.IdNumber))
            {
                continue;
            }

            var different = Weight(c, comparison.Levels.Count);
            if (different > -1 && M[c].Sum() > 0 && U[c][^1] < 1)
            {
                return $"matches would disagree on {comparison.Field} about as often as non-matches (weight of \"different\" {different.ToString("F1", CultureInfo.InvariantCulture)})";
            }

            if (comparison.Kind is ComparisonKind.GivenName or ComparisonKind.Surname && Weight(c, 1) < 1)
            {
                return $"matches would agree on {comparison.Field} hardly more often than non-matches (weight of \"exact\" {Weight(c, 1).ToString("F1", CultureInfo.InvariantCulture)})";
            }
        }

        return null;
    }

    /// <summary>The probability of a match weight.</summary>
    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    /// <summary>The match weight of a packed pattern, before term-frequency adjustment.</summary>
    public double PatternWeight(ulong pattern)
    {
        var weight = PriorWeight;
        for (var c = 0; c < _weights.Length; c++)
        {
            weight += _weights[c][Comparator.LevelOf(pattern, c)];
        }

        return weight;
    }
}
