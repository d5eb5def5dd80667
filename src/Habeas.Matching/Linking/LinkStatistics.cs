namespace Habeas.Matching.Linking;

/// <summary>What a link or deduplication did and how long each step took.</summary>
/// <param name="RecordsA">Records in the first list.</param>
/// <param name="RecordsB">Records in the second list (the same list when deduplicating).</param>
/// <param name="Candidates">Pairs compared (after blocking).</param>
/// <param name="CrowdedKeysSkipped">Blocking keys skipped as crowded.</param>
/// <param name="Patterns">Distinct comparison patterns EM fitted.</param>
/// <param name="EmIterations">EM iterations run.</param>
/// <param name="PrepareSeconds">Normalising and indexing.</param>
/// <param name="CompareSeconds">Blocking and comparing.</param>
/// <param name="ScoreSeconds">EM, scoring, assignment or clustering.</param>
public sealed record LinkStatistics(
    int RecordsA,
    int RecordsB,
    long Candidates,
    long CrowdedKeysSkipped,
    int Patterns,
    int EmIterations,
    double PrepareSeconds,
    double CompareSeconds,
    double ScoreSeconds)
{
    /// <summary>
    /// Why the model EM fitted was set aside for <see cref="Scoring.DefaultWeights"/>: it did not describe the same
    /// person (<see cref="Scoring.MatchModel.Implausibility"/>), as on a list with few or no duplicates; null when the
    /// fitted model was used.
    /// </summary>
    public string? ModelRejected { get; init; }

    /// <summary>The whole run.</summary>
    public double TotalSeconds => PrepareSeconds + CompareSeconds + ScoreSeconds;

    /// <summary>Candidate pairs compared per second of comparing.</summary>
    public double PairsPerSecond => CompareSeconds > 0 ? Candidates / CompareSeconds : 0;
}
