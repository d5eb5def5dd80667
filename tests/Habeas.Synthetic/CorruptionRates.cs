namespace Habeas.Synthetic;

/// <summary>
/// The probability of each corruption, per record, among the records it can apply to (a maternal surname can only be
/// dropped from someone who has two; day and month can only be swapped when the day is 12 or less). Every rate is in
/// [0, 1]. <see cref="ListB"/> is the noisy list, <see cref="ListA"/> the cleaner one.
/// </summary>
public sealed record CorruptionRates
{
    /// <summary>No corruption at all: every record says exactly what its person is.</summary>
    public static readonly CorruptionRates None = new()
    {
        MaternalSurnameDropped = 0, NameOrderSwapped = 0, SurnamesHyphenated = 0, DiacriticsRemoved = 0, DiacriticsAdded = 0,
        Typo = 0, PhoneticMisspelling = 0, NameVariant = 0, MiddleNameInitial = 0, DobDayMonthSwapped = 0, DobYearOnly = 0,
        DobOffByOne = 0, DobMissing = 0, ANumberMissing = 0, ANumberDigitTypo = 0, ANumberTransposition = 0, CountryMissing = 0,
        CountryOtherForm = 0,
    };

    /// <summary>The defaults of the noisy list: a published or court list typed by hand.</summary>
    public static readonly CorruptionRates ListB = new();

    /// <summary>The defaults of the cleaner list: a registry export, still not perfect.</summary>
    public static readonly CorruptionRates ListA = new()
    {
        MaternalSurnameDropped = 0.05, NameOrderSwapped = 0.01, SurnamesHyphenated = 0.03, DiacriticsRemoved = 0.3, DiacriticsAdded = 0.05,
        Typo = 0.02, PhoneticMisspelling = 0.01, NameVariant = 0.01, MiddleNameInitial = 0.05, DobDayMonthSwapped = 0.01, DobYearOnly = 0.002,
        DobOffByOne = 0.005, DobMissing = 0.01, ANumberMissing = 0.05, ANumberDigitTypo = 0.005, ANumberTransposition = 0.003,
        CountryMissing = 0.02, CountryOtherForm = 0.03,
    };

    public double MaternalSurnameDropped { get; init; } = 0.25;

    public double NameOrderSwapped { get; init; } = 0.03;

    public double SurnamesHyphenated { get; init; } = 0.08;

    public double DiacriticsRemoved { get; init; } = 0.4;

    public double DiacriticsAdded { get; init; } = 0.1;

    public double Typo { get; init; } = 0.08;

    public double PhoneticMisspelling { get; init; } = 0.05;

    public double NameVariant { get; init; } = 0.05;

    public double MiddleNameInitial { get; init; } = 0.15;

    public double DobDayMonthSwapped { get; init; } = 0.03;

    public double DobYearOnly { get; init; } = 0.01;

    public double DobOffByOne { get; init; } = 0.02;

    public double DobMissing { get; init; } = 0.03;

    public double ANumberMissing { get; init; } = 0.2;

    public double ANumberDigitTypo { get; init; } = 0.02;

    public double ANumberTransposition { get; init; } = 0.01;

    public double CountryMissing { get; init; } = 0.05;

    public double CountryOtherForm { get; init; } = 0.1;

    /// <summary>Every kind at the same rate: for tests that need each to occur often.</summary>
    public static CorruptionRates Uniform(double rate) => new()
    {
        MaternalSurnameDropped = rate, NameOrderSwapped = rate, SurnamesHyphenated = rate, DiacriticsRemoved = rate, DiacriticsAdded = rate,
        Typo = rate, PhoneticMisspelling = rate, NameVariant = rate, MiddleNameInitial = rate, DobDayMonthSwapped = rate, DobYearOnly = rate,
        DobOffByOne = rate, DobMissing = rate, ANumberMissing = rate, ANumberDigitTypo = rate, ANumberTransposition = rate,
        CountryMissing = rate, CountryOtherForm = rate,
    };

    /// <summary>The rate of one kind.</summary>
    public double Of(CorruptionKind kind) => kind switch
    {
        CorruptionKind.MaternalSurnameDropped => MaternalSurnameDropped,
        CorruptionKind.NameOrderSwapped => NameOrderSwapped,
        CorruptionKind.SurnamesHyphenated => SurnamesHyphenated,
        CorruptionKind.DiacriticsRemoved => DiacriticsRemoved,
        CorruptionKind.DiacriticsAdded => DiacriticsAdded,
        CorruptionKind.Typo => Typo,
        CorruptionKind.PhoneticMisspelling => PhoneticMisspelling,
        CorruptionKind.NameVariant => NameVariant,
        CorruptionKind.MiddleNameInitial => MiddleNameInitial,
        CorruptionKind.DobDayMonthSwapped => DobDayMonthSwapped,
        CorruptionKind.DobYearOnly => DobYearOnly,
        CorruptionKind.DobOffByOne => DobOffByOne,
        CorruptionKind.DobMissing => DobMissing,
        CorruptionKind.ANumberMissing => ANumberMissing,
        CorruptionKind.ANumberDigitTypo => ANumberDigitTypo,
        CorruptionKind.ANumberTransposition => ANumberTransposition,
        CorruptionKind.CountryMissing => CountryMissing,
        CorruptionKind.CountryOtherForm => CountryOtherForm,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a corruption kind."),
    };

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first rate outside [0, 1].</summary>
    public void Validate(string paramName)
    {
        foreach (var kind in Enum.GetValues<CorruptionKind>())
        {
            var rate = Of(kind);
            if (!(rate >= 0 && rate <= 1))
            {
                throw new ArgumentOutOfRangeException(paramName, rate, $"The rate of {kind} must be between 0 and 1.");
            }
        }
    }
}
