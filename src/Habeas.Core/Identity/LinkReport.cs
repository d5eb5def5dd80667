using Habeas.Matching.Linking;

namespace Habeas.Core.Identity;

/// <summary>A link's or deduplication's outcome with how each list was read.</summary>
/// <param name="Result">The pairs, clusters, model and figures.</param>
/// <param name="LayoutA">How the first list was read.</param>
/// <param name="LayoutB">How the second list was read; null when deduplicating.</param>
/// <param name="Warnings">Values left out of the comparison, one line each (file, line, field).</param>
/// <param name="ReadSeconds">Reading the files.</param>
public sealed record LinkReport(LinkResult Result, PersonListLayout LayoutA, PersonListLayout? LayoutB, IReadOnlyList<string> Warnings, double ReadSeconds)
{
    /// <summary>Against the truth file, when one was given.</summary>
    public LinkQuality? Quality { get; init; }
}
