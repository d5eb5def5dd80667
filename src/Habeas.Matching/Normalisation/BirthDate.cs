using System.Globalization;

namespace Habeas.Matching.Normalisation;

/// <summary>
/// A date of birth as a source gave it, to the precision it gave: a whole date, or a year alone.
/// Invariant: <see cref="Month"/> and <see cref="Day"/> are both 0 (year only) or both a valid calendar date.
/// </summary>
public readonly record struct BirthDate(int Year, int Month, int Day)
{
    /// <summary>Whether only the year is known.</summary>
    public bool YearOnly => Month == 0;

    /// <summary>
    /// Reads the forms sources use: ISO (1990-03-05), compact (19900305), MM/DD/YYYY, DD-MON-YYYY, a year alone.
    /// </summary>
    public static bool TryParse(string? text, out BirthDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd", "M/d/yyyy", "dd-MMM-yyyy", "d-MMM-yyyy"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = new BirthDate(parsed.Year, parsed.Month, parsed.Day);
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 1800)
        {
            date = new BirthDate(year, 0, 0);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => YearOnly
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}
