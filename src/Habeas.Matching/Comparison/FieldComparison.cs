namespace Habeas.Matching.Comparison;

/// <summary>
/// One comparison of a match model: the field, how it is compared, and the names of its agreement levels, best first.
/// Level 0 is always "missing" (either record lacks the field) and is not listed in <see cref="Levels"/>.
/// </summary>
/// <param name="Field">The field's name as a user sees it ("given", "surnames", "dob", or a text column's header).</param>
/// <param name="Kind">How the field is compared.</param>
/// <param name="TextIndex">For <see cref="ComparisonKind.Text"/>, the index in <see cref="Records.IdentityRecord.Texts"/>; otherwise -1.</param>
public sealed record FieldComparison(string Field, ComparisonKind Kind, int TextIndex = -1)
{
    /// <summary>The levels from best agreement (level 1) to disagreement (the last).</summary>
    public IReadOnlyList<string> Levels { get; } = Kind switch
    {
        ComparisonKind.GivenName => ["exact", "first name equal", "phonetic or close", "similar", "different"],
        ComparisonKind.Surname => ["exact", "one dropped or paternal equal", "phonetic or close", "similar", "different"],
        ComparisonKind.BirthDate => ["exact", "near (swapped, a day off, one part wrong)", "same year", "different"],
        ComparisonKind.IdNumber => ["exact", "one edit", "different"],
        ComparisonKind.Country or ComparisonKind.Sex => ["same", "different"],
        _ => ["exact", "close", "similar", "different"],
    };

    /// <summary>Whether the first level's weight is adjusted for how common the agreeing value is.</summary>
    public bool FrequencyAdjusted => Kind is ComparisonKind.GivenName or ComparisonKind.Surname or ComparisonKind.Text;

    /// <summary>The index of this field in <see cref="Records.PreparedRecord.LogFrequency"/>, or -1.</summary>
    internal int FrequencySlot => Kind switch
    {
        ComparisonKind.GivenName => 0,
        ComparisonKind.Surname => 1,
        ComparisonKind.Text => 2 + TextIndex,
        _ => -1,
    };
}
