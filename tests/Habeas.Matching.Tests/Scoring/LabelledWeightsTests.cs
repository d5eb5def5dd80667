using Habeas.Matching.Comparison;
using Habeas.Matching.Locating;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;
using Habeas.Matching.Scoring;

namespace Habeas.Matching.Tests.Scoring;

/// <summary>Issue #5: reviewers' decisions refine the weights, a little for a few, more for many; none changes nothing.</summary>
public sealed class LabelledWeightsTests
{
    private static readonly MatchModel Model = LocatorIndex.DefaultModel;

    private static int Dob => Model.Comparisons.Select((c, i) => (c, i)).Single(x => x.c.Kind == ComparisonKind.BirthDate).i;

    private static IdentityRecord Record(string id, string name, string dob) =>
        new(id, PersonName.Parse(name), BirthDate.TryParse(dob, out var d) ? d : null);

    /// <summary>The same person with a date of birth one source got wrong by years (a "different" date).</summary>
    private static LabelledPair SameButDatesDiffer(int i) =>
        new(Record($"a{i}", "Marta Ruiz Paredes", "1990-02-14"), Record($"b{i}", "Marta Ruiz Paredes", "1975-08-30"), Same: true);

    [Fact]
    public void Refine_NoLabels_IsTheSameModel()
    {
        Assert.Same(Model, LabelledWeights.Refine(Model, []));
    }

    [Fact]
    public void Refine_SamePersonsWhoseDatesDiffer_MakeADifferentDateCountLessAgainst()
    {
        var level = Model.Comparisons[Dob].Levels.Count;
        var few = LabelledWeights.Refine(Model, Enumerable.Range(0, 5).Select(SameButDatesDiffer).ToArray());
        var many = LabelledWeights.Refine(Model, Enumerable.Range(0, 500).Select(SameButDatesDiffer).ToArray());

        Assert.True(few.Weight(Dob, level) > Model.Weight(Dob, level));
        Assert.True(many.Weight(Dob, level) > few.Weight(Dob, level));
        // u (strangers) is untouched by "same" decisions; every row of m still sums to 1.
        Assert.Equal(Model.U[Dob], many.U[Dob]);
        Assert.All(many.M, row => Assert.Equal(1.0, row.Sum(), 9));
    }

    [Fact]
    public void Refine_TwoPeopleWithTheSameNameAndDate_MakeThatAgreementCountLessFor()
    {
        var apart = Enumerable.Range(0, 200)
            .Select(i => new LabelledPair(Record($"a{i}", "Jose Garcia", "1990-01-01"), Record($"b{i}", "Jose Garcia", "1990-01-01"), Same: false))
            .ToArray();

        var refined = LabelledWeights.Refine(Model, apart);

        Assert.True(refined.Weight(Dob, 1) < Model.Weight(Dob, 1));
        Assert.Equal(Model.M[Dob], refined.M[Dob]);
    }
}
