namespace Habeas.Matching.Blocking;

/// <summary>
/// The ways two records can come to be compared. A pair is compared when any rule gives both the same key; each rule
/// has a cap on how many records one key may gather, so that a crowded key (GARCIA alone) is skipped rather than
/// making millions of pairs — the other rules, which add a birth year or a date, still bring those records together.
/// </summary>
public enum BlockingRule
{
    /// <summary>Two name tokens (phonetic, in either order, given or surname) and the birth year.</summary>
    NamePairAndYear,

    /// <summary>Two name tokens (phonetic), without a date: catches a missing or wrong year when the names are rare.</summary>
    NamePair,

    /// <summary>The first given name (phonetic) and the date of birth (day and month in either order).</summary>
    GivenAndBirthDate,

    /// <summary>The first surname (phonetic) and the date of birth (day and month in either order).</summary>
    SurnameAndBirthDate,

    /// <summary>The identifying number with one window of two adjacent digits masked: one key per window, so a typo or a swap of two digits still meets.</summary>
    IdNumberWindow,

    /// <summary>The exact value of a shared text field (an address, a postcode).</summary>
    Text,
}
