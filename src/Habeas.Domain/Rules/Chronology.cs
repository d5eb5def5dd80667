using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// Orders times of different precision the way DESIGN.md says rules must: instants are compared to the minute
/// (what court dockets and flight logs record), coarse values as the periods they denote; an overlap is doubt,
/// and each rule resolves doubt in favour of the protection and says so in its finding.
/// </summary>
public static class Chronology
{
    /// <summary>Whether <paramref name="a"/> happened at or before <paramref name="b"/>.</summary>
    public static Certainty AtOrBefore(TimeValue a, TimeValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Precision == TimePrecision.Instant && b.Precision == TimePrecision.Instant)
        {
            var am = Minute(a.Start);
            var bm = Minute(b.Start);
            return am < bm ? Certainty.Certainly : am == bm ? Certainty.Possibly : Certainty.No;
        }

        if (a.Latest < b.Start)
        {
            return Certainty.Certainly;
        }

        return a.Start > b.Latest ? Certainty.No : Certainty.Possibly;
    }

    /// <summary>
    /// Whether something that began at <paramref name="from"/> and ended at <paramref name="until"/> (null: not
    /// ended) was in force at <paramref name="at"/>, the doubt of each end resolved towards "in force".
    /// Returns <see cref="Certainty.No"/>, or in force certainly or possibly.
    /// </summary>
    public static Certainty InForce(TimeValue? from, TimeValue? until, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var began = from is null ? Certainty.Certainly : AtOrBefore(from, at);
        if (began == Certainty.No)
        {
            return Certainty.No;
        }

        var ended = until is null ? Certainty.No : AtOrBefore(until, at);
        if (ended == Certainty.Certainly)
        {
            return Certainty.No;
        }

        return began == Certainty.Certainly && ended == Certainty.No ? Certainty.Certainly : Certainty.Possibly;
    }

    /// <summary>The least time that may separate <paramref name="earlier"/> from <paramref name="later"/> (negative when they may be reversed).</summary>
    public static TimeSpan LeastInterval(TimeValue earlier, TimeValue later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return later.Start - earlier.Latest;
    }

    /// <summary>The greatest time that may separate them.</summary>
    public static TimeSpan GreatestInterval(TimeValue earlier, TimeValue later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return later.Latest - earlier.Start;
    }

    private static long Minute(DateTimeOffset t) => t.UtcTicks / TimeSpan.TicksPerMinute;
}
