using System.Globalization;
using System.Text.RegularExpressions;

namespace Habeas.Domain.Values;

/// <summary>
/// An ISO 8601 duration (<c>P1D</c>, <c>P1W</c>, <c>P1M</c>, <c>P1Y</c>, <c>PT12H</c>) as the data format writes
/// <c>every</c> and <c>payment.period</c>. Years and months are calendar units (a month after 31 January is the last
/// day of February), the rest fixed lengths.
/// </summary>
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = new IsoDuration(0, 0, 0, TimeSpan.Zero);
        if (text is null || Pattern().Match(text) is not { Success: true } m || text == "P" || text.EndsWith('T'))
        {
            return false;
        }

        int Whole(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = m.Groups["s"].Success ? double.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Whole("y"), Whole("mo"), Whole("w") * 7 + Whole("d"),
            TimeSpan.FromHours(Whole("h")) + TimeSpan.FromMinutes(Whole("mi")) + TimeSpan.FromSeconds(seconds));
        return duration.Years + duration.Months + duration.Days > 0 || duration.Time > TimeSpan.Zero;
    }

    /// <exception cref="FormatException">Not an ISO 8601 duration of some length.</exception>
    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"Expected an ISO 8601 duration (P1D, P1W, P1M, P1Y, PT12H), got \"{text}\".");

    /// <summary>Whether the duration is whole days (no hours, minutes or seconds).</summary>
    public bool WholeDays => Time == TimeSpan.Zero;

    /// <summary><paramref name="instant"/> plus <paramref name="times"/> of this duration (calendar units from the start, not step by step).</summary>
    public DateTimeOffset AddTo(DateTimeOffset instant, int times = 1) =>
        instant.AddYears(Years * times).AddMonths(Months * times).AddDays((double)Days * times).Add(Time * times);

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
