using Habeas.Matching.Records;

namespace Habeas.Matching.Linking;

/// <summary>Two records judged the same person (or to be reviewed), with the match weight and probability.</summary>
/// <param name="A">The record from the first list (for deduplication, the earlier record).</param>
/// <param name="B">The record from the second list.</param>
/// <param name="Weight">The match weight, log2 of the odds.</param>
/// <param name="Probability">The probability that they are the same person.</param>
/// <param name="Review">Below the match threshold but within the review band.</param>
public sealed record LinkedPair(IdentityRecord A, IdentityRecord B, double Weight, double Probability, bool Review)
{
    internal int IndexA { get; init; }

    internal int IndexB { get; init; }
}
