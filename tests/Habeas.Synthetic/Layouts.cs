using System.Globalization;
using System.Text;

namespace Habeas.Synthetic;

/// <summary>
/// The two column layouts, as two real sources would write the same person (see README.md):
/// list A, a registry export: <c>id,full_name,dob,a_number,country</c>, "SURNAMES, GIVEN" in capitals, ISO dates,
/// A-numbers as A-123-456-789, the country's English name in capitals;
/// list B, a hand-typed list: <c>record,first_name,last_name,date_of_birth,id_number,nationality,sex</c>, names as
/// typed (mostly mixed case), MM/DD/YYYY, A123456789 or 123456789, the country as a name, short name or alpha-3.
/// </summary>
internal static class Layouts
{
    public const string HeaderA = "id,full_name,dob,a_number,country";

    public const string HeaderB = "record,first_name,last_name,date_of_birth,id_number,nationality,sex";

    public static void AppendA(StringBuilder row, string id, RecordDraft draft, StringBuilder scratch, ref SeededRandom random)
    {
        scratch.Clear();
        if (draft.Swapped)
        {
            AppendGiven(scratch, draft).Append(", ");
            AppendSurnames(scratch, draft);
        }
        else
        {
            AppendSurnames(scratch, draft).Append(", ");
            AppendGiven(scratch, draft);
        }

        row.Field(id).Field(scratch.ToString().ToUpperInvariant());
        row.Field(draft.Dob switch
        {
            RecordDraft.DateForm.Missing => string.Empty,
            RecordDraft.DateForm.YearOnly => draft.DateOfBirth.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => draft.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        row.Field(draft.ANumber == 0 ? string.Empty : DashedANumber(draft.ANumber));
        var country = draft.Country;
        row.Field(draft.CountryWritten switch
        {
            RecordDraft.CountryForm.Missing => string.Empty,
            RecordDraft.CountryForm.Other => random.Next(4) switch
            {
                0 => country.Alpha3,
                1 => country.Alpha2,
                2 => country.OfficialName.ToUpperInvariant(),
                _ => country.Demonym.ToUpperInvariant(),
            },
            _ => country.Name.ToUpperInvariant(),
        });
    }

    public static void AppendB(StringBuilder row, string id, RecordDraft draft, StringBuilder scratch, ref SeededRandom random)
    {
        // One hand-typed record in five is in capitals throughout.
        var capitals = random.Chance(0.2);
        scratch.Clear();
        var given = AppendGiven(scratch, draft).ToString();
        scratch.Clear();
        var surnames = AppendSurnames(scratch, draft).ToString();
        if (capitals)
        {
            given = given.ToUpperInvariant();
            surnames = surnames.ToUpperInvariant();
        }

        row.Field(id);
        if (draft.Swapped)
        {
            row.Field(surnames).Field(given);
        }
        else
        {
            row.Field(given).Field(surnames);
        }

        row.Field(draft.Dob switch
        {
            RecordDraft.DateForm.Missing => string.Empty,
            RecordDraft.DateForm.YearOnly => draft.DateOfBirth.Year.ToString("D4", CultureInfo.InvariantCulture),
            _ => draft.DateOfBirth.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        });
        row.Field(draft.ANumber == 0 ? string.Empty : PlainANumber(draft.ANumber, ref random));
        var country = draft.Country;
        row.Field(draft.CountryWritten switch
        {
            RecordDraft.CountryForm.Missing => string.Empty,
            RecordDraft.CountryForm.Other => random.Next(3) switch
            {
                0 => country.Alpha2,
                1 => country.OfficialName,
                _ => country.Demonym,
            },
            _ => random.Next(3) switch
            {
                0 => country.Name,
                1 => country.Alpha3,
                _ => country.ListName,
            },
        });
        row.Field(draft.Sex == Sex.Male ? "M" : "F");
    }

    private static StringBuilder AppendGiven(StringBuilder text, RecordDraft draft) => text.AppendJoin(' ', draft.Given);

    private static StringBuilder AppendSurnames(StringBuilder text, RecordDraft draft) =>
        text.AppendJoin(draft.Hyphenated ? '-' : ' ', draft.Surnames);

    private static string DashedANumber(int number)
    {
        var digits = number.ToString("D9", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"A-{digits.AsSpan(0, 3)}-{digits.AsSpan(3, 3)}-{digits.AsSpan(6, 3)}");
    }

    /// <summary>A123456789 or 123456789; an eight-digit number with or without its leading zero.</summary>
    private static string PlainANumber(int number, ref SeededRandom random)
    {
        var digits = number < 100_000_000 && random.Chance(0.5)
            ? number.ToString(CultureInfo.InvariantCulture)
            : number.ToString("D9", CultureInfo.InvariantCulture);
        return random.Chance(0.5) ? "A" + digits : digits;
    }
}
