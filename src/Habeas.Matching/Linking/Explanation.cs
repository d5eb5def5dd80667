using Habeas.Matching.Comparison;
using Habeas.Matching.Records;
using Habeas.Matching.Scoring;

namespace Habeas.Matching.Linking;

/// <summary>A pair's pattern as a person reads it: each field's level, the two values compared, and its weight.</summary>
internal static class Explanation
{
    /// <summary>One entry per comparison of <paramref name="model"/>, in its order; <paramref name="a"/> supplies the term frequencies.</summary>
    public static FieldWeight[] Of(MatchModel model, ulong pattern, PreparedRecord a, PreparedRecord b)
    {
        var crossed = (pattern & Comparator.Crossed) != 0;
        var result = new FieldWeight[model.Comparisons.Count];
        for (var c = 0; c < result.Length; c++)
        {
            var comparison = model.Comparisons[c];
            var level = Comparator.LevelOf(pattern, c);
            result[c] = new FieldWeight(
                comparison.Field, level == 0 ? "missing" : comparison.Levels[level - 1], Shown(comparison, a), Shown(comparison, b),
                Scorer.FieldWeight(model, c, level, a, crossed))
            {
                Rank = level,
                Disagrees = level == comparison.Levels.Count,
            };
        }

        return result;
    }

    private static string? Shown(FieldComparison comparison, PreparedRecord record) => comparison.Kind switch
    {
        ComparisonKind.GivenName => record.Given.Length == 0 ? null : record.GivenJoined,
        ComparisonKind.Surname => record.Surnames.Length == 0 ? null : record.SurnamesJoined,
        ComparisonKind.BirthDate => record.Source.BirthDate?.ToString(),
        ComparisonKind.IdNumber => record.IdNumber,
        ComparisonKind.Country => record.Country,
        ComparisonKind.Sex => record.Sex == '\0' ? null : record.Sex.ToString(),
        _ => record.Texts[comparison.TextIndex],
    };
}
