namespace Habeas.Matching.Linking;

/// <summary>How a link fared against pairs known to be the same person (a truth file, a labelled sample).</summary>
/// <param name="TruePairs">Known pairs whose records are both in the lists.</param>
/// <param name="Matches">Pairs the link judged matches.</param>
/// <param name="TruePositives">Matches that are known pairs.</param>
/// <param name="BlockingRecall">Share of known pairs that blocking brought to comparison at all; null when candidates were not kept.</param>
public sealed record LinkQuality(int TruePairs, int Matches, int TruePositives, double? BlockingRecall)
{
    /// <summary>Share of matches that are true.</summary>
    public double Precision => Matches == 0 ? 0 : (double)TruePositives / Matches;

    /// <summary>Share of true pairs found.</summary>
    public double Recall => TruePairs == 0 ? 0 : (double)TruePositives / TruePairs;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
