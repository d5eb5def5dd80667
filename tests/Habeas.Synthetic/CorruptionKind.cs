namespace Habeas.Synthetic;

/// <summary>What a generated record may have had done to it, relative to the person it stands for.</summary>
public enum CorruptionKind
{
    /// <summary>The second (maternal) surname is left out: "García López" → "García".</summary>
    MaternalSurnameDropped,

    /// <summary>Given names and surnames change places (in the other column, or either side of the comma).</summary>
    NameOrderSwapped,

    /// <summary>The two surnames are joined by a hyphen: "García-López".</summary>
    SurnamesHyphenated,

    /// <summary>Every accent is dropped: "José Muñoz" → "Jose Munoz".</summary>
    DiacriticsRemoved,

    /// <summary>An accent is put on a name written without one: "Jose" → "José".</summary>
    DiacriticsAdded,

    /// <summary>One keyboard slip in one name: a letter replaced, dropped, doubled or two letters swapped.</summary>
    Typo,

    /// <summary>A Spanish sound-alike spelling: b/v, s/z/c, ll/y, g/j, x/j, a silent h dropped.</summary>
    PhoneticMisspelling,

    /// <summary>A nickname or another spelling of the same name: Francisco → Pancho, Mohammed → Muhammad, Zhang → Chang.</summary>
    NameVariant,

    /// <summary>The middle given name is cut to its initial: "José Manuel" → "José M.".</summary>
    MiddleNameInitial,

    /// <summary>Day and month of the birth date exchanged (only when both are 12 or less and differ).</summary>
    DobDayMonthSwapped,

    /// <summary>Only the year of birth is given.</summary>
    DobYearOnly,

    /// <summary>The birth date is one day early or late.</summary>
    DobOffByOne,

    /// <summary>No birth date.</summary>
    DobMissing,

    /// <summary>No A-number.</summary>
    ANumberMissing,

    /// <summary>One digit of the A-number replaced by another.</summary>
    ANumberDigitTypo,

    /// <summary>Two adjacent, different digits of the A-number exchanged.</summary>
    ANumberTransposition,

    /// <summary>No country.</summary>
    CountryMissing,

    /// <summary>The country in a form the list does not otherwise use (alpha-2, official or native name, demonym).</summary>
    CountryOtherForm,
}
