using System.Globalization;

namespace Habeas.Matching.Tests.Synthetic;

/// <summary>Reading the two layouts back, for comparing a record of A with one of B in tests.</summary>
internal static class Records
{
    /// <summary>"SURNAMES, GIVEN" as (surnames, given) in capitals.</summary>
    public static (string Surnames, string Given) NameOfA(string[] row)
    {
        var comma = row[1].IndexOf(", ", StringComparison.Ordinal);
        return (row[1][..comma], row[1][(comma + 2)..]);
    }

    public static (string Surnames, string Given) NameOfB(string[] row) =>
        (row[2].ToUpperInvariant(), row[1].ToUpperInvariant());

    public static DateOnly? DateOfA(string[] row) =>
        row[2].Length == 10 ? DateOnly.ParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static DateOnly? DateOfB(string[] row) =>
        row[3].Length == 10 ? DateOnly.ParseExact(row[3], "MM/dd/yyyy", CultureInfo.InvariantCulture) : null;

    /// <summary>The digits of "A-123-456-789", without leading zeros.</summary>
    public static string ANumberOfA(string[] row) => row[3].Replace("A-", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).TrimStart('0');

    public static string ANumberOfB(string[] row) => row[4].TrimStart('A').TrimStart('0');
}
