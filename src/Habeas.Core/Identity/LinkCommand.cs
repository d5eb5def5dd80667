namespace Habeas.Core.Identity;

/// <summary>Link two person lists, or deduplicate one (<see cref="PathB"/> null). Touches no registry.</summary>
/// <param name="PathA">The first (or only) list.</param>
/// <param name="PathB">The second list; null to deduplicate <paramref name="PathA"/>.</param>
/// <param name="MapA">Column → field overrides for the first list.</param>
/// <param name="MapB">Column → field overrides for the second list.</param>
/// <param name="Threshold">The match probability; pairs from min(0.5, threshold) up to it are for review.</param>
/// <param name="KeepCandidates">Keep every compared pair (to measure blocking recall in a benchmark).</param>
/// <param name="MaxBlock">The blocking cap (<see cref="Matching.Linking.LinkOptions.MaxBlock"/>); 0 for the default.</param>
/// <param name="Truth">A CSV of known pairs (<c>id_a,id_b</c>) to measure the link against, or null.</param>
public sealed record LinkCommand(
    string PathA,
    string? PathB,
    IReadOnlyDictionary<string, string> MapA,
    IReadOnlyDictionary<string, string> MapB,
    double Threshold = 0.9,
    bool KeepCandidates = false,
    int MaxBlock = 0,
    string? Truth = null);
