using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Habeas.Domain.Values;
using Habeas.Core.Identity;
using Habeas.Matching.Normalisation;

namespace Habeas.Core.Screening;

/// <summary>
/// Reads a manifest CSV (RFC 4180, UTF-8) by its header: <c>id_number</c>, <c>full_name</c> or <c>given</c> and
/// <c>surnames</c>, <c>dob</c>, <c>nationality</c> — and the spellings real manifests use for each (<see cref="Columns"/>).
/// Every bad cell is an error naming file, line and field; a manifest with errors is not screened.
/// </summary>
internal static class ManifestReader
{
    /// <summary>The header names accepted for each field (compared lower-case, punctuation as underscores).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["id_number"] = ["id_number", "a_number", "anumber", "alien_number", "a_no", "id"],
        ["full_name"] = ["full_name", "name", "fullname", "passenger_name", "nombre"],
        ["given"] = ["given", "given_name", "given_names", "first_name", "first", "nombres"],
        ["surnames"] = ["surnames", "surname", "last_name", "family_name", "last", "apellidos"],
        ["dob"] = ["dob", "date_of_birth", "birth_date", "birthdate", "fecha_de_nacimiento"],
        ["nationality"] = ["nationality", "citizenship", "country_of_citizenship", "country", "nacionalidad"],
    };

    public const string ExpectedDate = "a date: 1985-11-30, 11/30/1985 (30/11/1985 when the day is over 12), 30-NOV-1985 or a year";

    /// <summary>A manifest's text, strictly UTF-8: another encoding is an error, never silently replaced characters.</summary>
    public static TextReader Open(Stream stream) =>
        new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);

    public static (IReadOnlyList<ManifestRow> Rows, IReadOnlyList<string> Errors, IReadOnlyDictionary<string, string> Mapping) Read(string path, string shownAs)
    {
        using var text = Open(File.OpenRead(path));
        return Read(text, shownAs);
    }

    /// <param name="text">The manifest.</param>
    /// <param name="shownAs">How errors name it (a file name, or "manifest" for an upload).</param>
    public static (IReadOnlyList<ManifestRow> Rows, IReadOnlyList<string> Errors, IReadOnlyDictionary<string, string> Mapping) Read(TextReader text, string shownAs)
    {
        var rows = new List<ManifestRow>();
        var errors = new List<string>();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null }, leaveOpen: true);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                errors.Add($"{shownAs}:1: expected a header row naming id_number, full_name (or given and surnames), dob, nationality; the file is empty.");
                return (rows, errors, mapping);
            }

            foreach (var (field, names) in Columns)
            {
                var column = header.FirstOrDefault(h => names.Contains(PersonListReader.Key(h), StringComparer.Ordinal));
                if (column is not null)
                {
                    mapping[field] = column;
                }
            }

            if (!mapping.ContainsKey("id_number") && !mapping.ContainsKey("full_name") && !mapping.ContainsKey("surnames"))
            {
                errors.Add($"{shownAs}:1: expected a column id_number, full_name or surnames to identify persons; got {string.Join(", ", header)}.");
                return (rows, errors, mapping);
            }

            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var input = header.Select((h, i) => (h, csv.GetField(i) ?? string.Empty)).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal);
                string? Cell(string field) => mapping.TryGetValue(field, out var c) && input[c] is { Length: > 0 } v ? v : null;
                void Bad(string field, string expected, string got) => errors.Add($"{shownAs}:{line}: field '{mapping[field]}': expected {expected}, got \"{got}\"");

                ANumber? number = null;
                if (Cell("id_number") is { } id)
                {
                    if (ANumber.TryParse(id, out var n))
                    {
                        number = n;
                    }
                    else
                    {
                        Bad("id_number", "an A-number of 8 or 9 digits (A-123-456-789, 123456789)", id);
                    }
                }

                var name = Cell("full_name") ?? string.Join(' ', new[] { Cell("given"), Cell("surnames") }.Where(x => x is not null));
                string? dob = null;
                if (Cell("dob") is { } d && !TryDate(d, out dob))
                {
                    Bad("dob", ExpectedDate, d);
                }

                CountryCode? nationality = null;
                if (Cell("nationality") is { } c)
                {
                    if (CountryCode.TryNormalise(c, out var code))
                    {
                        nationality = code;
                    }
                    else
                    {
                        Bad("nationality", "a country: ISO 3166 alpha-2 or alpha-3, or its name", c);
                    }
                }

                if (number is null && name.Length == 0)
                {
                    errors.Add($"{shownAs}:{line}: expected an A-number or a name, got an empty row.");
                }

                rows.Add(new ManifestRow(rows.Count + 1, line, input, name, number, dob, nationality));
            }
        }
        catch (Exception ex) when (ex is CsvHelperException or DecoderFallbackException)
        {
            errors.Add($"{shownAs}:{csv.Parser.RawRow}: expected CSV in UTF-8 (RFC 4180): {ex.Message.Split('\n')[0]}");
        }

        return (rows, errors, mapping);
    }

    /// <summary>A date as sources write it (the matching engine's <see cref="BirthDate"/> forms), normalised to ISO (<c>1985-11-30</c>, or the year alone).</summary>
    public static bool TryDate(string text, out string? iso)
    {
        iso = BirthDate.TryParse(text, out var date) ? date.ToString() : null;
        return iso is not null;
    }
}
