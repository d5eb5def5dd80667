namespace Habeas.Domain.Rules;

/// <summary>
/// How sure an ordering of two times is, given their precision. Coarse times (a date, a month) denote a whole
/// period; two periods that overlap leave the order in doubt.
/// </summary>
public enum Certainty
{
    /// <summary>Certainly not.</summary>
    No,

    /// <summary>The precision of the times leaves it in doubt.</summary>
    Possibly,

    /// <summary>Certainly.</summary>
    Certainly,
}
