namespace Habeas.Matching.Linking;

/// <summary>What one field contributed to a pair's match weight, for a person to see why.</summary>
/// <param name="Field">The field.</param>
/// <param name="Level">The agreement level's name ("exact", "one edit", "missing").</param>
/// <param name="ValueA">The first record's value as compared.</param>
/// <param name="ValueB">The second record's value as compared.</param>
/// <param name="Weight">The log2 Bayes factor it added (0 when missing); includes the term-frequency adjustment.</param>
public sealed record FieldWeight(string Field, string Level, string? ValueA, string? ValueB, double Weight)
{
    /// <summary>The level's rank: 0 missing, 1 the best agreement, up to the field's last level (disagreement).</summary>
    public int Rank { get; init; }

    /// <summary>Whether the fields disagree outright (the last level).</summary>
    public bool Disagrees { get; init; }
}
