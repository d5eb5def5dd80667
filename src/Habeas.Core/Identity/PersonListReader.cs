using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Habeas.Domain.Values;
using MatchName = Habeas.Matching.Normalisation.PersonName;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;

namespace Habeas.Core.Identity;

/// <summary>
/// Reads a list of persons from a CSV (RFC 4180, UTF-8) whose columns are recognised by the headers real lists use
/// (<see cref="Fields"/>) or mapped by the user (<c>--map a:col=field</c>). The file is the source: a value that does
/// not read as its field (a date like 1990-02-31) is kept out of the comparison and reported as a warning with file,
/// line and field; a file that cannot be read as a list at all is an error.
/// </summary>
public static class PersonListReader
{
    /// <summary>The fields a column can hold, with the header names recognised for each (lower case, punctuation as underscores).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Fields = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["id"] = ["id", "rec_id", "record", "record_id", "person", "person_id", "registry_id", "row_id"],
        ["name"] = ["name", "full_name", "fullname", "person_name", "passenger_name", "nombre", "nombre_completo"],
        ["given"] = ["given", "given_name", "given_names", "first_name", "firstname", "first", "forename", "nombres"],
        ["middle"] = ["middle", "middle_name", "middle_names", "segundo_nombre"],
        ["surnames"] = ["surnames", "surname", "last_name", "lastname", "last", "family_name", "apellidos", "apellido", "apellido_paterno", "paternal_surname"],
        ["maternal"] = ["maternal_surname", "second_surname", "second_last_name", "apellido_materno"],
        ["dob"] = ["dob", "date_of_birth", "birth_date", "birthdate", "birthday", "fecha_de_nacimiento", "fecha_nacimiento"],
        ["birth_year"] = ["birth_year", "year_of_birth", "yob"],
        ["id_number"] = ["id_number", "a_number", "anumber", "alien_number", "a_no", "idnumber", "soc_sec_id", "ssn"],
        ["country"] = ["nationality", "citizenship", "country_of_citizenship", "country", "country_of_birth", "birth_country", "nacionalidad", "pais"],
        ["sex"] = ["sex", "gender", "sexo"],
    };

    /// <summary>Reads the header row.</summary>
    /// <exception cref="PersonListException">The file is missing, empty, not UTF-8 or not CSV.</exception>
    public static IReadOnlyList<string> ReadHeader(string path)
    {
        using var text = Open(path);
        using var csv = Csv(text);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                throw new PersonListException($"{path}:1: expected a header row (such as id,full_name,dob,a_number,nationality); the file is empty.");
            }

            return header.Select(h => h.Trim()).ToArray();
        }
        catch (Exception ex) when (ex is CsvHelperException or DecoderFallbackException)
        {
            throw new PersonListException($"{path}:1: expected CSV in UTF-8 (RFC 4180): {ex.Message.Split('\n')[0]}");
        }
    }

    /// <summary>
    /// The layout of a list: each recognised header's field, overridden by <paramref name="map"/> (column → field, or
    /// "ignore"); the columns left over are candidates for text comparison.
    /// </summary>
    /// <exception cref="PersonListException">A mapped column or field does not exist, or the list has no name column.</exception>
    public static (Dictionary<string, int> Fields, List<int> Others) Recognise(string path, IReadOnlyList<string> header, IReadOnlyDictionary<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(map);
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        foreach (var (column, field) in map)
        {
            var position = header.ToList().FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            if (position < 0)
            {
                throw new PersonListException($"{path}:1: --map names column '{column}', which the header does not have; it has {string.Join(", ", header)}.");
            }

            if (field != "ignore" && !Fields.ContainsKey(field))
            {
                throw new PersonListException($"--map {column}={field}: expected a field among {string.Join(", ", Fields.Keys)} or ignore.");
            }

            taken.Add(position);
            if (field != "ignore")
            {
                fields[field] = position;
            }
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (taken.Contains(i))
            {
                continue;
            }

            var key = Key(header[i]);
            foreach (var (field, names) in Fields)
            {
                if (!fields.ContainsKey(field) && names.Contains(key, StringComparer.Ordinal))
                {
                    fields[field] = i;
                    taken.Add(i);
                    break;
                }
            }
        }

        if (!fields.ContainsKey("name") && !fields.ContainsKey("surnames") && !fields.ContainsKey("given"))
        {
            throw new PersonListException(
                $"{path}:1: expected a name column (full_name, or first_name and last_name, or given and surnames); got {string.Join(", ", header)}. Name one with --map COLUMN=name.");
        }

        return (fields, Enumerable.Range(0, header.Count).Where(i => !taken.Contains(i)).ToList());
    }

    /// <summary>The header name as compared: trimmed, lower case, punctuation as underscores.</summary>
    public static string Key(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new(header.Trim().ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '_').ToArray());
    }

    /// <summary>Reads every row of the list as a record, streaming.</summary>
    /// <param name="path">The file.</param>
    /// <param name="layout">Its layout.</param>
    /// <param name="warnings">Receives one line per value that could not be read as its field.</param>
    /// <exception cref="PersonListException">The CSV is malformed, or two rows share an id.</exception>
    public static List<IdentityRecord> Read(string path, PersonListLayout layout, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(warnings);
        var records = new List<IdentityRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var text = Open(path);
        using var csv = Csv(text);
        try
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                string? Cell(string field) => layout.Fields.TryGetValue(field, out var c) && csv.GetField(c)?.Trim() is { Length: > 0 } v ? v : null;
                void Warn(string field, string expected, string got) =>
                    warnings.Add($"{path}:{line}: field '{layout.Header[layout.Fields[field]]}': expected {expected}, got \"{got}\"; left out of the comparison");

                // Without an id column a row is its number; a blank id in an id column is its line, which no written id takes.
                var id = Cell("id") ?? (layout.Fields.ContainsKey("id")
                    ? "line-" + line.ToString(CultureInfo.InvariantCulture)
                    : (records.Count + 1).ToString(CultureInfo.InvariantCulture));
                if (!ids.Add(id))
                {
                    throw new PersonListException($"{path}:{line}: field '{(layout.Fields.ContainsKey("id") ? layout.Header[layout.Fields["id"]] : "row")}': expected a unique id, got \"{id}\" a second time.");
                }

                var name = Cell("name") is { } full
                    ? MatchName.Parse(full)
                    : MatchName.FromParts(Join(Cell("given"), Cell("middle")), Join(Cell("surnames"), Cell("maternal")));
                BirthDate? dob = null;
                if (Cell("dob") is { } d)
                {
                    if (BirthDate.TryParse(d, out var parsed))
                    {
                        dob = parsed;
                    }
                    else if (LeadingYear(d) is { } year)
                    {
                        // 1945-04-93 is no date, but its year still tells namesakes apart.
                        dob = year;
                        warnings.Add($"{path}:{line}: field '{layout.Header[layout.Fields["dob"]]}': expected a date, got \"{d}\"; compared by its year only");
                    }
                    else
                    {
                        Warn("dob", "a date (1990-03-05, 03/05/1990, 05-MAR-1990, 19900305, or a year)", d);
                    }
                }
                else if (Cell("birth_year") is { } y && BirthDate.TryParse(y, out var year) && year.YearOnly)
                {
                    dob = year;
                }

                string? idNumber = null;
                if (Cell("id_number") is { } n)
                {
                    idNumber = ANumbers.TryNormalise(n, out var digits) ? digits : Digits(n);
                    if (idNumber is null)
                    {
                        Warn("id_number", "an identifying number (A-123-456-789, 123456789)", n);
                    }
                }

                string? country = null;
                if (Cell("country") is { } c)
                {
                    // An unknown spelling is still compared as written: two lists that both say "SALVADOR" agree.
                    country = CountryCode.TryNormalise(c, out var code) ? code.Value : c.ToUpperInvariant();
                }

                char? sex = Cell("sex")?.ToUpperInvariant() switch
                {
                    "F" or "FEMALE" or "FEMENINO" or "MUJER" or "W" => 'F',
                    "M" or "MALE" or "MASCULINO" or "HOMBRE" or "H" => 'M',
                    _ => null,
                };
                var texts = layout.TextColumns.Select(i => csv.GetField(i)?.Trim()).ToArray();
                records.Add(new IdentityRecord(id, name, dob, idNumber, country, sex, texts));
            }
        }
        catch (Exception ex) when (ex is CsvHelperException or DecoderFallbackException)
        {
            throw new PersonListException($"{path}:{csv.Parser.RawRow}: expected CSV in UTF-8 (RFC 4180): {ex.Message.Split('\n')[0]}");
        }

        return records;
    }

    /// <summary>The year of a year-first date whose month or day is impossible (19450493, 1945-04-93).</summary>
    private static BirthDate? LeadingYear(string text)
    {
        var yearFirst = (text.Length == 8 && text.All(char.IsAsciiDigit)) || (text.Length >= 8 && text[4] is '-' or '/');
        return yearFirst && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1850 and <= 2100
            ? new BirthDate(year, 0, 0)
            : null;
    }

    private static string? Join(string? first, string? second) => first is null ? second : second is null ? first : first + " " + second;

    private static string? Digits(string text)
    {
        var kept = new string(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return kept.Length == 0 ? null : kept;
    }

    private static StreamReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new PersonListException($"{path}: no such file.");
        }

        return new StreamReader(File.OpenRead(path), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
    }

    private static CsvReader Csv(TextReader text) =>
        new(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null }, leaveOpen: true);
}
