using Habeas.Matching.Comparison;
using Habeas.Matching.Records;

namespace Habeas.Matching.Scoring;

/// <summary>A reviewer's decision about two records: the same person, or two.</summary>
public sealed record LabelledPair(IdentityRecord A, IdentityRecord B, bool Same);

/// <summary>
/// Refines a model's m and u with reviewers' decisions (issue #5: review decisions are kept as labels that refine
/// the weights). Each decided pair is compared; the levels of "same person" pairs update m, those of "two people"
/// pairs update u, each as a Dirichlet posterior whose prior is the model's own probabilities with the weight of
/// <c>priorPairs</c> pairs — a handful of decisions moves the weights a little, hundreds move them to what the
/// reviewers saw. A missing field (level 0) teaches nothing.
/// </summary>
public static class LabelledWeights
{
    /// <summary>How many pairs the model's own probabilities count for (the prior's strength).</summary>
    public const double DefaultPriorPairs = 50;

    public static MatchModel Refine(MatchModel model, IReadOnlyList<LabelledPair> labels, double priorPairs = DefaultPriorPairs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorPairs);
        if (labels.Count == 0)
        {
            return model;
        }

        var comparisons = model.Comparisons;
        var comparator = new Comparator(comparisons);
        var same = Counts(comparisons);
        var apart = Counts(comparisons);
        foreach (var label in labels)
        {
            var pattern = comparator.Pattern(new PreparedRecord(label.A, 0), new PreparedRecord(label.B, 0));
            var counts = label.Same ? same : apart;
            for (var c = 0; c < comparisons.Count; c++)
            {
                var level = Comparator.LevelOf(pattern, c);
                if (level > 0)
                {
                    counts[c][level - 1]++;
                }
            }
        }

        return new MatchModel(comparisons, Posterior(model.M, same, priorPairs), Posterior(model.U, apart, priorPairs), model.Lambda);
    }

    private static double[][] Counts(IReadOnlyList<FieldComparison> comparisons) =>
        comparisons.Select(c => new double[c.Levels.Count]).ToArray();

    private static double[][] Posterior(IReadOnlyList<IReadOnlyList<double>> prior, double[][] counts, double priorPairs)
    {
        var posterior = new double[counts.Length][];
        for (var c = 0; c < counts.Length; c++)
        {
            var n = counts[c].Sum();
            if (n == 0)
            {
                // Nothing observed: the prior as it was (not recomputed, which could differ in the last bit).
                posterior[c] = [.. prior[c]];
                continue;
            }

            posterior[c] = new double[counts[c].Length];
            for (var l = 0; l < counts[c].Length; l++)
            {
                posterior[c][l] = (priorPairs * prior[c][l] + counts[c][l]) / (priorPairs + n);
            }
        }

        return posterior;
    }
}
