namespace Habeas.Synthetic;

/// <summary>
/// What to generate. The same options, seed included, always give byte-identical files.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Every draw derives from this.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Records in list A (link mode).</summary>
    public int RecordsA { get; init; } = 10_000;

    /// <summary>Records in list B (link mode).</summary>
    public int RecordsB { get; init; } = 10_000;

    /// <summary>
    /// Of the persons on either list, the fraction on both (link mode). With equal list sizes n and overlap o, each
    /// list has round(2no / (1 + o)) persons the other also has.
    /// </summary>
    public double Overlap { get; init; } = 0.5;

    /// <summary>Records in the single list of dedupe mode.</summary>
    public int DedupeRecords { get; init; } = 10_000;

    /// <summary>Of the persons in dedupe mode, the fraction that appear 2–4 times (2 in 60 %, 3 in 30 %, 4 in 10 %).</summary>
    public double DuplicatedFraction { get; init; } = 0.2;

    /// <summary>Fraction of the population in sibling groups of two or three (see <see cref="HardNegativeKind.Sibling"/>).</summary>
    public double SiblingFraction { get; init; } = 0.04;

    /// <summary>Fraction of the population in namesake pairs (see <see cref="HardNegativeKind.Namesake"/>).</summary>
    public double NamesakeFraction { get; init; } = 0.01;

    /// <summary>
    /// Of the hard-negative groups, the fraction put one member on list A only and another on list B only: the
    /// pair a naive matcher links. The rest take their lists like anyone else.
    /// </summary>
    public double HardNegativeSplit { get; init; } = 0.5;

    /// <summary>Corruption rates of list A.</summary>
    public CorruptionRates RatesA { get; init; } = CorruptionRates.ListA;

    /// <summary>Corruption rates of list B and of every record in dedupe mode.</summary>
    public CorruptionRates RatesB { get; init; } = CorruptionRates.ListB;
}
