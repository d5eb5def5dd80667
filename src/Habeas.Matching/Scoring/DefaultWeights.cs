using Habeas.Matching.Comparison;

namespace Habeas.Matching.Scoring;

/// <summary>
/// m and u for each kind of comparison when they cannot be learnt from the data: a locator query, or a list with too
/// few true matches for EM to find them. m as fitted on the synthetic lists and FEBRL4 (docs/performance.md); u as
/// among random pairs of a large registry (two strangers share a date of birth about once in 15,000 pairs, an
/// A-number almost never).
/// </summary>
public static class DefaultWeights
{
    /// <summary>A model over <paramref name="comparisons"/> with the default m and u, and prior <paramref name="lambda"/>.</summary>
    public static MatchModel For(IReadOnlyList<FieldComparison> comparisons, double lambda)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var m = new double[comparisons.Count][];
        var u = new double[comparisons.Count][];
        for (var c = 0; c < comparisons.Count; c++)
        {
            (m[c], u[c]) = comparisons[c].Kind switch
            {
                ComparisonKind.GivenName => (new double[] { 0.80, 0.10, 0.06, 0.02, 0.02 }, new double[] { 0.005, 0.01, 0.015, 0.02, 0.95 }),
                ComparisonKind.Surname => (new double[] { 0.72, 0.20, 0.05, 0.02, 0.01 }, new double[] { 0.002, 0.005, 0.01, 0.02, 0.963 }),
                ComparisonKind.BirthDate => (new double[] { 0.90, 0.06, 0.02, 0.02 }, new double[] { 0.00007, 0.0007, 0.025, 0.97423 }),
                ComparisonKind.IdNumber => (new double[] { 0.95, 0.04, 0.01 }, new double[] { 0.000001, 0.00002, 0.999979 }),
                ComparisonKind.Country => (new double[] { 0.95, 0.05 }, new double[] { 0.2, 0.8 }),
                ComparisonKind.Sex => (new double[] { 0.98, 0.02 }, new double[] { 0.5, 0.5 }),
                _ => (new double[] { 0.80, 0.10, 0.05, 0.05 }, new double[] { 0.01, 0.01, 0.03, 0.95 }),
            };
        }

        return new MatchModel(comparisons, m, u, lambda);
    }
}
