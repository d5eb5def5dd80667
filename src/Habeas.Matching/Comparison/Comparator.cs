using Habeas.Matching.Records;

namespace Habeas.Matching.Comparison;

/// <summary>
/// Computes the agreement level of every comparison for a pair of records, packed four bits per comparison into a
/// pattern (level 0 = missing). Names are compared in both alignments — given with given, and given with surnames —
/// because sources swap the order ("SURNAME GIVEN" read as natural order); the better alignment counts.
/// </summary>
internal sealed class Comparator
{
    private const double Close = 0.92;
    private const double Similar = 0.80;
    private readonly FieldComparison[] _comparisons;
    private readonly int _given = -1;
    private readonly int _surname = -1;

    public Comparator(IReadOnlyList<FieldComparison> comparisons)
    {
        if (comparisons.Count > MaxComparisons)
        {
            throw new ArgumentException($"A pattern holds at most {MaxComparisons} comparisons.", nameof(comparisons));
        }

        _comparisons = [.. comparisons];
        for (var i = 0; i < _comparisons.Length; i++)
        {
            if (_comparisons[i].Kind == ComparisonKind.GivenName)
            {
                _given = i;
            }
            else if (_comparisons[i].Kind == ComparisonKind.Surname)
            {
                _surname = i;
            }
        }
    }

    /// <summary>Fifteen four-bit levels; the top bit says the names agreed crossed (given with surname).</summary>
    public const int MaxComparisons = 15;

    /// <summary>Set in a pattern when the names were compared crossed: the given name's value agreed with a surname.</summary>
    public const ulong Crossed = 1UL << 63;

    public IReadOnlyList<FieldComparison> Comparisons => _comparisons;

    public static int LevelOf(ulong pattern, int comparison) => (int)((pattern >> (4 * comparison)) & 0xF);

    public ulong Pattern(PreparedRecord a, PreparedRecord b)
    {
        ulong pattern = 0;
        for (var i = 0; i < _comparisons.Length; i++)
        {
            if (i == _given || i == _surname)
            {
                continue;
            }

            pattern |= (ulong)Level(_comparisons[i], a, b) << (4 * i);
        }

        if (_given >= 0 || _surname >= 0)
        {
            var (given, surname, crossed) = NameLevels(a, b);
            if (crossed)
            {
                pattern |= Crossed;
            }

            if (_given >= 0)
            {
                pattern |= (ulong)given << (4 * _given);
            }

            if (_surname >= 0)
            {
                pattern |= (ulong)surname << (4 * _surname);
            }
        }

        return pattern;
    }

    private static (int Given, int Surname, bool Crossed) NameLevels(PreparedRecord a, PreparedRecord b)
    {
        var given = NameLevel(a.Given, a.GivenPhonetic, a.GivenJoined, b.Given, b.GivenPhonetic, b.GivenJoined, isGiven: true);
        var surname = NameLevel(a.Surnames, a.SurnamePhonetic, a.SurnamesJoined, b.Surnames, b.SurnamePhonetic, b.SurnamesJoined, isGiven: false);

        // A swap keeps at least one name agreeing across the parts; without that, the crossed alignment cannot win.
        if ((given <= 1 && surname <= 1) || a.Given.Length == 0 || a.Surnames.Length == 0 || b.Given.Length == 0 || b.Surnames.Length == 0 ||
            !(string.Equals(a.GivenPhonetic[0], b.SurnamePhonetic[0], StringComparison.Ordinal) ||
              string.Equals(a.SurnamePhonetic[0], b.GivenPhonetic[0], StringComparison.Ordinal)))
        {
            return (given, surname, false);
        }

        // Each crossing pairs one side's given names with the other's surnames, so both may hold an initial. The better
        // of the two counts as the given-name level: the pattern is then the same whichever record comes first.
        var one = NameLevel(a.Given, a.GivenPhonetic, a.GivenJoined, b.Surnames, b.SurnamePhonetic, b.SurnamesJoined, isGiven: true);
        var other = NameLevel(b.Given, b.GivenPhonetic, b.GivenJoined, a.Surnames, a.SurnamePhonetic, a.SurnamesJoined, isGiven: true);
        return one + other < given + surname ? (Math.Min(one, other), Math.Max(one, other), true) : (given, surname, false);
    }

    /// <summary>Levels: 1 exact, 2 first equal or one list within the other, 3 phonetic or close, 4 similar, 5 different.</summary>
    private static int NameLevel(string[] a, string[] aPhonetic, string aJoined, string[] b, string[] bPhonetic, string bJoined, bool isGiven)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (string.Equals(aJoined, bJoined, StringComparison.Ordinal))
        {
            return 1;
        }

        // A dropped middle name or maternal surname keeps the first; a list within the other is the same drop elsewhere.
        if (string.Equals(a[0], b[0], StringComparison.Ordinal) || Within(a, b) || Within(b, a))
        {
            return 2;
        }

        if (string.Equals(aPhonetic[0], bPhonetic[0], StringComparison.Ordinal) || JaroWinkler.Similarity(a[0], b[0]) >= Close ||
            SharesToken(a, b))
        {
            return 3;
        }

        // An initial agrees with a given name it begins ("M" and "MARIA").
        var initial = isGiven && (a[0].Length == 1 || b[0].Length == 1) && a[0][0] == b[0][0];
        return initial || JaroWinkler.Similarity(aJoined, bJoined) >= Similar ? 4 : 5;
    }

    private static bool Within(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length)
        {
            return false;
        }

        foreach (var token in shorter)
        {
            if (Array.IndexOf(longer, token) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SharesToken(string[] a, string[] b)
    {
        foreach (var token in a)
        {
            if (token.Length > 1 && Array.IndexOf(b, token) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Level(FieldComparison comparison, PreparedRecord a, PreparedRecord b) => comparison.Kind switch
    {
        ComparisonKind.BirthDate => BirthDateLevel(a, b),
        ComparisonKind.IdNumber => a.IdNumber is null || b.IdNumber is null ? 0 : 1 + IdDistance.Of(a.IdNumber, b.IdNumber),
        ComparisonKind.Country => a.Country is null || b.Country is null ? 0 : string.Equals(a.Country, b.Country, StringComparison.Ordinal) ? 1 : 2,
        ComparisonKind.Sex => a.Sex == '\0' || b.Sex == '\0' ? 0 : a.Sex == b.Sex ? 1 : 2,
        ComparisonKind.Text => TextLevel(a.Texts[comparison.TextIndex], b.Texts[comparison.TextIndex]),
        _ => 0,
    };

    /// <summary>Levels: 1 exact, 2 near, 3 same year, 4 different.</summary>
    private static int BirthDateLevel(PreparedRecord a, PreparedRecord b)
    {
        if (a.Year == 0 || b.Year == 0)
        {
            return 0;
        }

        if (a.Month == 0 || b.Month == 0)
        {
            return a.Year == b.Year ? 3 : 4;
        }

        if (a.Year == b.Year && a.Month == b.Month && a.Day == b.Day)
        {
            return 1;
        }

        if (a.Year == b.Year)
        {
            var swapped = a.Month == b.Day && a.Day == b.Month;
            var onePartWrong = a.Month == b.Month || a.Day == b.Day;
            return swapped || onePartWrong ? 2 : 3;
        }

        // The year mistyped, month and day right (1990-03-05 written 1909-03-05 or 1991-03-05).
        return a.Month == b.Month && a.Day == b.Day && IdDistance.Of(Year(a.Year), Year(b.Year)) == 1 ? 2 : 4;
    }

    private static string Year(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Levels: 1 exact, 2 close, 3 similar, 4 different.</summary>
    private static int TextLevel(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var similarity = JaroWinkler.Similarity(a, b);
        return similarity >= Close ? 2 : similarity >= Similar ? 3 : 4;
    }
}
