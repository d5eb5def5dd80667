namespace Habeas.Matching.Linking;

/// <summary>How a link or a deduplication runs.</summary>
/// <param name="Threshold">A pair at or above this probability is a match.</param>
/// <param name="ReviewFrom">A pair at or above this probability and below <paramref name="Threshold"/> is for a person to review.</param>
/// <param name="MaxBlock">The most records one blocking key may gather before it is skipped as crowded (its records still meet through the other rules).</param>
/// <param name="Seed">Seeds the random pairs from which u probabilities are estimated: the same input and seed give the same model.</param>
/// <param name="RandomPairs">How many random pairs estimate u.</param>
/// <param name="KeepCandidates">Keep every compared pair in the result (to measure blocking recall); costs memory.</param>
public sealed record LinkOptions(
    double Threshold = 0.9,
    double ReviewFrom = 0.5,
    int MaxBlock = 200,
    int Seed = 5,
    int RandomPairs = 100_000,
    bool KeepCandidates = false)
{
    /// <summary>The defaults.</summary>
    public static LinkOptions Default { get; } = new();
}
