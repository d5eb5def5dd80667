using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Habeas.Bench;

/// <summary>
/// A screening manifest drawn from a generated events file, written the ways real manifests are: half the rows with
/// an A-number (dashed), the rest by name alone as "SURNAMES, GIVEN" in capitals without accents, dates as MM/DD/YYYY,
/// nationality as alpha-3; one row in twenty is a person the registry does not hold.
/// </summary>
internal static class ManifestFile
{
    public static int Write(string events, string path, int rows)
    {
        var persons = new List<(string Given, string[] Surnames, string Dob, string Nationality, string ANumber)>();
        foreach (var line in File.ReadLines(events))
        {
            if (!line.Contains("\"person.recorded\"", StringComparison.Ordinal))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            persons.Add((r.GetProperty("given").GetString()!, r.GetProperty("surnames").EnumerateArray().Select(s => s.GetString()!).ToArray(),
                r.GetProperty("dob").GetString()!, r.GetProperty("nationalities")[0].GetString()!, r.GetProperty("ids").GetProperty("a_number").GetString()!));
        }

        var random = new Random(315);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine("id_number,full_name,dob,nationality");
        for (var i = 0; i < rows; i++)
        {
            if (i % 20 == 19)
            {
                w.WriteLine($",\"NADIE, DESCONOCIDO {i}\",01/01/1990,SLV");
                continue;
            }

            var p = persons[random.Next(persons.Count)];
            var dob = DateTime.ParseExact(p.Dob, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
            var number = i % 2 == 0 ? $"A-{p.ANumber[1..4]}-{p.ANumber[4..7]}-{p.ANumber[7..]}" : string.Empty;
            var name = $"{Fold(string.Join(' ', p.Surnames))}, {Fold(p.Given)}";
            w.WriteLine($"{number},\"{name}\",{dob},{Alpha3(p.Nationality)}");
        }

        Console.WriteLine($"wrote a manifest of {rows:N0} rows drawn from {persons.Count:N0} persons to {path}");
        return 0;
    }

    private static string Fold(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .ToUpperInvariant();

    private static string Alpha3(string alpha2) => alpha2 switch
    {
        "MX" => "MEX", "GT" => "GTM", "HN" => "HND", "SV" => "SLV", "VE" => "VEN", "CO" => "COL", "EC" => "ECU", "HT" => "HTI", "NI" => "NIC", "CU" => "CUB",
        _ => alpha2,
    };
}
