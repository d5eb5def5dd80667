using System.Globalization;

namespace Habeas.Domain.Values;

/// <summary>
/// When something happened, at the precision the source gave: an instant with offset
/// (<c>2025-05-07T09:52:00-04:00</c>), a date, a month or a year. A coarser value denotes the whole
/// period in the event's time zone: <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), both UTC.
/// For an instant, <see cref="Start"/> equals <see cref="End"/>.
/// </summary>
public sealed record TimeValue
{
    /// <summary>The value as written in the source, kept so that nothing is lost.</summary>
    public string Text { get; }

    /// <summary>The precision the source gave.</summary>
    public TimePrecision Precision { get; }

    /// <summary>The first instant of the period (UTC).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end of the period, exclusive (UTC); equals <see cref="Start"/> for an instant.</summary>
    public DateTimeOffset End { get; }

    private TimeValue(string text, TimePrecision precision, DateTimeOffset start, DateTimeOffset end)
    {
        Text = text;
        Precision = precision;
        Start = start;
        End = end;
    }

    /// <summary>The last instant the value may denote: <see cref="Start"/> for an instant, else just before <see cref="End"/>.</summary>
    public DateTimeOffset Latest => Precision == TimePrecision.Instant ? Start : End.AddTicks(-1);

    /// <summary>An instant, for values the registry itself produces.</summary>
    public static TimeValue FromInstant(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new TimeValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture), TimePrecision.Instant, utc, utc);
    }

    /// <exception cref="FormatException">The text is none of the four accepted forms.</exception>
    public static TimeValue Parse(string text, TimeZoneInfo? zone = null) =>
        TryParse(text, zone, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a time: {Expected}.");

    /// <summary>What a time must look like, for error messages.</summary>
    public const string Expected =
        "an instant with offset (2025-05-07T09:52:00-04:00 or ...Z), a date (2025-03-15), a month (2025-05) or a year (2019)";

    /// <summary>Parses one of the four forms; coarse values are placed in <paramref name="zone"/> (UTC when null).</summary>
    public static bool TryParse(string? text, TimeZoneInfo? zone, out TimeValue value)
    {
        value = null!;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        zone ??= TimeZoneInfo.Utc;
        switch (text.Length)
        {
            case 4 when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1:
                {
                    var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
                    value = Period(text, TimePrecision.Year, start, start.AddYears(1), zone);
                    return true;
                }

            case 7 when DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month):
                value = Period(text, TimePrecision.Month, month, month.AddMonths(1), zone);
                return true;

            case 10 when DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                value = Period(text, TimePrecision.Date, day, day.AddDays(1), zone);
                return true;
        }

        if (TryParseInstant(text, out var instant))
        {
            value = new TimeValue(text, TimePrecision.Instant, instant, instant);
            return true;
        }

        return false;
    }

    /// <summary>
    /// yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm), seconds required as in the published JSON Schema. Read by hand:
    /// it is the hottest parse of an import (DateTimeOffset.TryParse cost a microsecond a line).
    /// </summary>
    private static bool TryParseInstant(string s, out DateTimeOffset utc)
    {
        utc = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day) ||
            !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        var i = 19;
        long ticks = 0;
        if (s[i] == '.')
        {
            i++;
            var start = i;
            var scale = TimeSpan.TicksPerSecond;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                scale /= 10;
                ticks += (s[i] - '0') * scale;
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        TimeSpan offset;
        if (i == s.Length - 1 && s[i] == 'Z')
        {
            offset = TimeSpan.Zero;
        }
        else if (i == s.Length - 6 && s[i] is '+' or '-' && s[i + 3] == ':' && Digits(s, i + 1, 2, out var oh) && Digits(s, i + 4, 2, out var om) && oh < 24 && om < 60)
        {
            offset = new TimeSpan(oh, om, 0) * (s[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        utc = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks).ToUniversalTime();
        return true;
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }

    private static TimeValue Period(string text, TimePrecision precision, DateTime localStart, DateTime localEnd, TimeZoneInfo zone) =>
        new(text, precision, ToUtc(localStart, zone), ToUtc(localEnd, zone));

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        // A local midnight skipped by a DST change starts at the first valid instant after it.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
