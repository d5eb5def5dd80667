namespace Habeas.Synthetic;

/// <summary>What a dedupe-mode run wrote.</summary>
public sealed record DedupeReport
{
    public required int Persons { get; init; }

    public required int Records { get; init; }

    /// <summary>Persons with more than one record.</summary>
    public required int DuplicatedPersons { get; init; }

    /// <summary>Rows of the hard-negatives file: two records of two different, look-alike persons.</summary>
    public required long HardNegativePairs { get; init; }

    public required CorruptionTally Corruptions { get; init; }
}
