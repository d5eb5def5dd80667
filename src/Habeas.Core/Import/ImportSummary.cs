namespace Habeas.Core.Import;

/// <summary>What an import added, and how fast.</summary>
public sealed record ImportSummary(
    string Sha256,
    int Lines,
    long FirstSequence,
    long LastSequence,
    IReadOnlyDictionary<string, int> EventsByType,
    int Unchanged,
    double Seconds,
    string? Checkpoint)
{
    public long Events => LastSequence - FirstSequence + 1;

    public double EventsPerSecond => Seconds > 0 ? Events / Seconds : 0;
}
