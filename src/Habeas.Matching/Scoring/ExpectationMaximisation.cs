using Habeas.Matching.Comparison;

namespace Habeas.Matching.Scoring;

/// <summary>
/// Estimates a model's m probabilities and λ from the compared pairs themselves, with no labels: the EM algorithm for
/// a two-class mixture under conditional independence (Winkler 1988; Jaro 1989). The u probabilities are held at the
/// values estimated from random pairs (as Splink does): among blocked candidates u would be biased towards agreement.
/// Each iteration never decreases the log-likelihood (EM; the u held fixed is a partial M step).
/// </summary>
public static class ExpectationMaximisation
{
    /// <summary>
    /// Runs EM over distinct patterns and their counts until the log-likelihood gains less than
    /// <paramref name="tolerance"/> or <paramref name="maxIterations"/> is reached.
    /// </summary>
    /// <returns>The fitted model and the log-likelihood after each iteration (non-decreasing).</returns>
    public static (MatchModel Model, IReadOnlyList<double> LogLikelihoods) Fit(
        IReadOnlyList<FieldComparison> comparisons, IReadOnlyList<ulong> patterns, IReadOnlyList<double> counts,
        double[][] u, double[][] initialM, double initialLambda, int maxIterations = 100, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(initialM);
        var m = initialM.Select(r => r.ToArray()).ToArray();
        var lambda = initialLambda;
        var history = new List<double>();
        var total = counts.Sum();
        var levels = new int[patterns.Count, comparisons.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            for (var c = 0; c < comparisons.Count; c++)
            {
                levels[p, c] = Comparator.LevelOf(patterns[p], c);
            }
        }

        var matchShare = new double[patterns.Count];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            // E step: each pattern's posterior probability of being a match, and the log-likelihood of the current fit.
            var logLikelihood = 0.0;
            for (var p = 0; p < patterns.Count; p++)
            {
                double pm = lambda, pu = 1 - lambda;
                for (var c = 0; c < comparisons.Count; c++)
                {
                    var l = levels[p, c];
                    if (l > 0)
                    {
                        pm *= m[c][l - 1];
                        pu *= u[c][l - 1];
                    }
                }

                var both = pm + pu;
                matchShare[p] = both > 0 ? pm / both : 0;
                logLikelihood += counts[p] * Math.Log(Math.Max(both, double.Epsilon));
            }

            history.Add(logLikelihood);
            if (history.Count > 1 && logLikelihood - history[^2] < tolerance)
            {
                break;
            }

            // M step: λ and m as the expected shares among the pairs the E step calls matches.
            var matches = 0.0;
            for (var p = 0; p < patterns.Count; p++)
            {
                matches += counts[p] * matchShare[p];
            }

            lambda = Math.Clamp(matches / total, 1e-12, 1 - 1e-12);
            for (var c = 0; c < comparisons.Count; c++)
            {
                var sums = new double[m[c].Length];
                var observed = 0.0;
                for (var p = 0; p < patterns.Count; p++)
                {
                    var l = levels[p, c];
                    if (l > 0)
                    {
                        var share = counts[p] * matchShare[p];
                        sums[l - 1] += share;
                        observed += share;
                    }
                }

                if (observed > 0)
                {
                    for (var l = 0; l < sums.Length; l++)
                    {
                        m[c][l] = sums[l] / observed;
                    }
                }
            }
        }

        return (new MatchModel(comparisons, m, u, lambda), history);
    }
}
