using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Habeas.Matching.Comparison;
using Habeas.Matching.Scoring;

namespace Habeas.Matching.Tests.Scoring;

public sealed class ExpectationMaximisationTests
{
    private static readonly FieldComparison[] Fields =
    [
        new("given", ComparisonKind.GivenName),
        new("dob", ComparisonKind.BirthDate),
        new("id_number", ComparisonKind.IdNumber),
    ];

    private static ulong Pattern(int given, int dob, int id) => (uint)(given | (dob << 4) | (id << 8));

    private static double[][] Uniform() => Fields.Select(f => Enumerable.Repeat(1.0 / f.Levels.Count, f.Levels.Count).ToArray()).ToArray();

    private static double[][] Agreeing() => Fields.Select(f =>
        Enumerable.Range(0, f.Levels.Count).Select(l => l == 0 ? 0.7 : 0.3 / (f.Levels.Count - 1)).ToArray()).ToArray();

    /// <summary>Random pattern tables: any level (including missing) per field, any positive count.</summary>
    private static Arbitrary<(ulong[] Patterns, double[] Counts)> Tables() =>
        Gen.Choose(1, 40).SelectMany(n =>
            Gen.Zip(
                Gen.Zip(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 4)), Gen.Choose(0, 3)).Select(t => Pattern(t.Item1.Item1, t.Item1.Item2, t.Item2)).ArrayOf(n),
                Gen.Choose(1, 5000).Select(c => (double)c).ArrayOf(n)))
        .Select(t => (t.Item1, t.Item2)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Fit_LogLikelihood_NeverDecreases() => Prop.ForAll(Tables(), table =>
    {
        var (_, history) = ExpectationMaximisation.Fit(Fields, table.Patterns, table.Counts, Uniform(), Agreeing(), 0.1, maxIterations: 50, tolerance: -1);
        return history.Zip(history.Skip(1)).All(p => p.Second >= p.First - (1e-9 * Math.Abs(p.First)));
    });

    [Property(MaxTest = 200)]
    public Property Fit_Weights_AreFinite() => Prop.ForAll(Tables(), table =>
    {
        var (model, _) = ExpectationMaximisation.Fit(Fields, table.Patterns, table.Counts, Uniform(), Agreeing(), 0.1);
        return Enumerable.Range(0, Fields.Length).All(c =>
            Enumerable.Range(0, Fields[c].Levels.Count + 1).All(l => double.IsFinite(model.Weight(c, l)))) && double.IsFinite(model.PriorWeight);
    });

    [Fact]
    public void Fit_TwoClearClasses_FindsTheMatchesShareAndTheirAgreement()
    {
        // 100 pairs agreeing on everything, 9,900 disagreeing on everything: EM should say λ ≈ 1% and m(exact) ≈ 1.
        var (model, _) = ExpectationMaximisation.Fit(
            Fields, [Pattern(1, 1, 1), Pattern(5, 4, 3)], [100, 9900], Uniform(), Agreeing(), 0.3);

        Assert.Equal(0.01, model.Lambda, 3);
        Assert.True(model.M[0][0] > 0.99);
        Assert.True(model.Weight(2, 1) > 10);
        Assert.True(model.Weight(2, 3) < -10);
    }

    [Fact]
    public void Fit_LambdaBound_IsRespected()
    {
        var (model, _) = ExpectationMaximisation.Fit(
            Fields, [Pattern(1, 1, 1), Pattern(5, 4, 3)], [5000, 5000], Uniform(), Agreeing(), 0.01, maxLambda: 0.1);

        Assert.True(model.Lambda <= 0.1 + 1e-12);
    }
}
