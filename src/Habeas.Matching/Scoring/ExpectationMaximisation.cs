using Habeas.Matching.Comparison;

namespace Habeas.Matching.Scoring;

/// <summary>
/// Estimates a model's m probabilities and λ from the compared pairs themselves, with no labels: the EM algorithm for
/// a two-class mixture under conditional independence (Winkler 1988; Jaro 1989), as fastLink and the Record Linkage
/// Toolkit's ECM do. u starts from the values seen among random pairs and is re-estimated among the candidates (which
/// blocking made more alike than random pairs: with u held at the random pairs' values, that likeness would be taken
/// for matching). λ is bounded above by <c>maxLambda</c> — there cannot be more matches than records — which keeps EM
/// from the degenerate fit "every candidate is a match" on a list with few true matches.
/// Each iteration never decreases the log-likelihood (EM; the bound on λ is a constrained, still concave, M step).
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
        double[][] initialU, double[][] initialM, double initialLambda, double maxLambda = 1, int maxIterations = 100, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(initialU);
        ArgumentNullException.ThrowIfNull(initialM);
        var m = initialM.Select(r => r.ToArray()).ToArray();
        var u = initialU.Select(r => r.ToArray()).ToArray();
        var lambda = initialLambda;
        var history = new List<double>();
        var total = counts.Sum();
        if (total <= 0)
        {
            // No pair to learn from (an empty list): the starting point is the answer.
            return (new MatchModel(comparisons, m, u, initialLambda), history);
        }

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

            lambda = Math.Clamp(Math.Min(matches / total, maxLambda), 1e-12, 1 - 1e-12);
            for (var c = 0; c < comparisons.Count; c++)
            {
                var sumsM = new double[m[c].Length];
                var sumsU = new double[u[c].Length];
                double observedM = 0, observedU = 0;
                for (var p = 0; p < patterns.Count; p++)
                {
                    var l = levels[p, c];
                    if (l > 0)
                    {
                        var match = counts[p] * matchShare[p];
                        var other = counts[p] - match;
                        sumsM[l - 1] += match;
                        sumsU[l - 1] += other;
                        observedM += match;
                        observedU += other;
                    }
                }

                for (var l = 0; l < sumsM.Length; l++)
                {
                    if (observedM > 0)
                    {
                        m[c][l] = sumsM[l] / observedM;
                    }

                    if (observedU > 0)
                    {
                        u[c][l] = sumsU[l] / observedU;
                    }
                }
            }
        }

        return (new MatchModel(comparisons, m, u, lambda), history);
    }
}
