namespace Habeas.Synthetic;

/// <summary>What a link-mode run wrote.</summary>
public sealed record LinkReport
{
    public required int Persons { get; init; }

    public required int RecordsA { get; init; }

    public required int RecordsB { get; init; }

    /// <summary>Rows of the truth file: persons on both lists.</summary>
    public required int Links { get; init; }

    /// <summary>Rows of the hard-negatives file: an A record and a B record of two different, look-alike persons.</summary>
    public required long HardNegativePairs { get; init; }

    public required CorruptionTally CorruptionsA { get; init; }

    public required CorruptionTally CorruptionsB { get; init; }
}
