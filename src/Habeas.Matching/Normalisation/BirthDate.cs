using System.Collections.Frozen;
using System.Globalization;

namespace Habeas.Matching.Normalisation;

/// <summary>
/// A date of birth as a source gave it, to the precision it gave: a whole date, or a year alone.
/// Invariant: <see cref="Month"/> and <see cref="Day"/> are both 0 (year only) or both a valid calendar date.
/// </summary>
/// <param name="Year">The year, 1 to 9999.</param>
/// <param name="Month">The month, 1 to 12, or 0 when only the year is known.</param>
/// <param name="Day">The day of the month, or 0 when only the year is known.</param>
public readonly record struct BirthDate(int Year, int Month, int Day)
{
    /// <summary>Years <see cref="TryParse"/> accepts: no one detained was born before, nor after.</summary>
    private const int MinYear = 1880;

    private const int MaxYear = 2100;

    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The year, 1 to 9999.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1 to 9999.</exception>
    public int Year { get; init; } = Year is >= 1 and <= 9999 ? Year : throw new ArgumentOutOfRangeException(nameof(Year), Year, "A year is 1 to 9999.");

    /// <summary>The month, 1 to 12, or 0 when only the year is known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to 12.</exception>
    public int Month { get; init; } = Month is >= 0 and <= 12 ? Month : throw new ArgumentOutOfRangeException(nameof(Month), Month, "A month is 1 to 12, or 0 for a year alone.");

    /// <summary>The day of the month, or 0 when only the year is known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a day of that month, or not 0 with month 0.</exception>
    public int Day { get; init; } = IsValid(Year, Month, Day) ? Day : throw new ArgumentOutOfRangeException(nameof(Day), Day, "Not a day of that month (both month and day are 0 for a year alone).");

    /// <summary>Whether only the year is known.</summary>
    public bool YearOnly => Month == 0;

    /// <summary>
    /// Reads the forms sources use, ignoring a time of day after the date ("3/5/1990 12:00:00 AM", "1990-03-05T00:00"):
    /// <list type="bullet">
    /// <item>ISO 1990-03-05 (also with / or .), compact 19900305, and 03051990 when that is not a valid ISO date;</item>
    /// <item>numeric with the year last: month first (03/05/1990 is 5 March, the U.S. convention of the sources),
    /// unless the first number is over 12 (25/03/1990) or the separator is a full stop (05.03.1990, the European
    /// convention). An ambiguous day and month is not guessed at here: the comparator counts a date whose day and
    /// month are swapped (<see cref="IsSwapOf"/>) as a near match;</item>
    /// <item>month names, English and Spanish, abbreviated or not, any case: 05-MAR-1990, 5 ENE 1990, 05-AGO-1990,
    /// "MAR 5, 1990", "March 5 1990", "5 de marzo de 1990";</item>
    /// <item>a year alone (1990), or a month and year (03/1990, MAR 1990) kept as the year alone.</item>
    /// </list>
    /// Two-digit years (05-MAR-90) are rejected, not windowed: a detained person may be 5 or 105, so 05 has no safe
    /// century, and a missing date costs a comparison less than a wrong one. Impossible dates (02/30/1990) and years
    /// before 1880 or after 2100 are rejected.
    /// </summary>
    public static bool TryParse(string? text, out BirthDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = WithoutTime(text.AsSpan().Trim());
        Span<Part> parts = stackalloc Part[3];
        var count = Split(span, parts);
        return count switch
        {
            1 => FromOne(span, parts[0], out date),
            2 => FromTwo(span, parts[0], parts[1], out date),
            3 => FromThree(span, parts, out date),
            _ => false,
        };
    }

    /// <summary>
    /// Whether this date is <paramref name="other"/> with day and month exchanged (1990-03-05 and 1990-05-03): the
    /// same year, both whole dates, and not the same date (a day equal to its month swaps to itself).
    /// </summary>
    public bool IsSwapOf(BirthDate other) =>
        !YearOnly && !other.YearOnly && Year == other.Year && Month != Day && Month == other.Day && Day == other.Month;

    /// <inheritdoc />
    public override string ToString() => YearOnly
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");

    private static bool IsValid(int year, int month, int day) =>
        (month == 0 && day == 0) || (month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month));

    private static bool Create(int year, int month, int day, out BirthDate date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || !IsValid(year, month, day))
        {
            return false;
        }

        date = new BirthDate(year, month, day);
        return true;
    }

    private static bool FromOne(ReadOnlySpan<char> text, Part part, out BirthDate date)
    {
        date = default;
        if (part.Kind != PartKind.Number)
        {
            return false;
        }

        var digits = text.Slice(part.Start, part.Length);
        return part.Length switch
        {
            4 => Create(Number(digits), 0, 0, out date),
            // Compact ISO first; a month-first date written without separators (03051990) only when ISO fails.
            8 => Create(Number(digits[..4]), Number(digits[4..6]), Number(digits[6..]), out date) ||
                 Create(Number(digits[4..]), Number(digits[..2]), Number(digits[2..4]), out date),
            _ => false,
        };
    }

    private static bool FromTwo(ReadOnlySpan<char> text, Part first, Part second, out BirthDate date)
    {
        date = default;
        // 03/1990 or MAR 1990: the month is valid, but there is no month-only precision to keep it in.
        var monthValid = first.Kind == PartKind.Number
            ? first.Length <= 2 && Number(text.Slice(first.Start, first.Length)) is >= 1 and <= 12
            : MonthOf(text, first) > 0;
        return monthValid && second.Kind == PartKind.Number && second.Length == 4 &&
               Create(Number(text.Slice(second.Start, 4)), 0, 0, out date);
    }

    private static bool FromThree(ReadOnlySpan<char> text, ReadOnlySpan<Part> parts, out BirthDate date)
    {
        date = default;
        var (a, b, c) = (parts[0], parts[1], parts[2]);
        if (a.Kind == PartKind.Number && b.Kind == PartKind.Number && c.Kind == PartKind.Number)
        {
            if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
            {
                return Create(Value(text, a), Value(text, b), Value(text, c), out date);
            }

            if (c.Length != 4 || a.Length > 2 || b.Length > 2)
            {
                return false;
            }

            var (first, second) = (Value(text, a), Value(text, b));
            var dayFirst = first > 12 || b.Separator == '.';
            return dayFirst ? Create(Value(text, c), second, first, out date) : Create(Value(text, c), first, second, out date);
        }

        // 05-MAR-1990, 5 de marzo de 1990.
        if (a.Kind == PartKind.Number && b.Kind == PartKind.Word && c.Kind == PartKind.Number && a.Length <= 2 && c.Length == 4)
        {
            var month = MonthOf(text, b);
            return month > 0 && Create(Value(text, c), month, Value(text, a), out date);
        }

        // MAR 5, 1990.
        if (a.Kind == PartKind.Word && b.Kind == PartKind.Number && c.Kind == PartKind.Number && b.Length <= 2 && c.Length == 4)
        {
            var month = MonthOf(text, a);
            return month > 0 && Create(Value(text, c), month, Value(text, b), out date);
        }

        return false;
    }

    /// <summary>
    /// Splits into at most three runs of digits or letters, skipping the Spanish "de" ("5 de marzo de 1990").
    /// Returns the count, or 0 when there are more runs or a character no date has.
    /// </summary>
    private static int Split(ReadOnlySpan<char> text, Span<Part> parts)
    {
        var count = 0;
        var separator = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '-' or '/' or '.' or ' ' or ',')
            {
                separator = c == ' ' && separator != '\0' ? separator : c;
                i++;
                continue;
            }

            var digit = char.IsAsciiDigit(c);
            if (!digit && !char.IsLetter(c))
            {
                return 0;
            }

            var start = i;
            while (i < text.Length && (digit ? char.IsAsciiDigit(text[i]) : char.IsLetter(text[i])))
            {
                i++;
            }

            var run = text[start..i];
            if (!digit && run.Equals("DE", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (count == parts.Length)
            {
                return 0;
            }

            parts[count++] = new Part(start, i - start, digit ? PartKind.Number : PartKind.Word, separator);
            separator = '\0';
        }

        return count;
    }

    /// <summary>The date without a time of day: cut at the space or T before the first colon.</summary>
    private static ReadOnlySpan<char> WithoutTime(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text;
        }

        var cut = text[..colon].LastIndexOfAny(' ', 'T');
        return cut > 0 ? text[..cut].TrimEnd() : text;
    }

    private static int MonthOf(ReadOnlySpan<char> text, Part part) =>
        MonthLookup.TryGetValue(text.Slice(part.Start, part.Length), out var month) ? month : 0;

    private static int Value(ReadOnlySpan<char> text, Part part) => Number(text.Slice(part.Start, part.Length));

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static FrozenDictionary<string, int> BuildMonths()
    {
        // English, Spanish and Portuguese names and abbreviations; SEPT and SETIEMBRE as some countries write them.
        string[] names =
        [
            "JAN JANUARY ENE ENERO JANEIRO",
            "FEB FEBRUARY FEBRERO FEV FEVEREIRO",
            "MAR MARCH MARZO MARCO",
            "APR APRIL ABR ABRIL",
            "MAY MAYO MAI MAIO",
            "JUN JUNE JUNIO JUNHO",
            "JUL JULY JULIO JULHO",
            "AUG AUGUST AGO AGOSTO",
            "SEP SEPT SEPTEMBER SEPTIEMBRE SETIEMBRE SET SETEMBRO",
            "OCT OCTOBER OCTUBRE OUT OUTUBRO",
            "NOV NOVEMBER NOVIEMBRE NOVEMBRO",
            "DEC DECEMBER DIC DICIEMBRE DEZ DEZEMBRO",
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < names.Length; m++)
        {
            foreach (var name in names[m].Split(' '))
            {
                months.Add(name, m + 1);
            }
        }

        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private enum PartKind
    {
        Number,
        Word,
    }

    /// <summary>A run of digits or letters, with the separator that preceded it (for 05.03.1990).</summary>
    private readonly record struct Part(int Start, int Length, PartKind Kind, char Separator);
}
