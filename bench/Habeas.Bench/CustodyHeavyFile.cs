using System.Globalization;
using System.Text;

namespace Habeas.Bench;

/// <summary>
/// A synthetic, seeded file dominated by custody events (the busiest kind in a removal campaign): 600 facilities,
/// then per person a record, a book-in, 3–5 transfers and a release or removal. No real names.
/// </summary>
internal static class CustodyHeavyFile
{
    private static readonly string[] Given = ["José", "María", "Luis", "Ana", "Carlos", "Yesenia", "Jean", "Rosa", "Pedro", "Wilmer"];
    private static readonly string[] Surnames = ["García", "Hernández", "López", "Martínez", "Pérez", "Rodríguez", "Cruz", "Flores", "Ramos", "Joseph"];
    private static readonly string[] Countries = ["MX", "GT", "HN", "SV", "VE", "CO", "EC", "HT", "NI", "CU"];

    public static int Write(string path, int events)
    {
        var random = new Random(2025);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        const int facilities = 600;
        for (var f = 0; f < facilities; f++)
        {
            w.Write($$"""{"type":"facility.registered","facility":"F-{{f:000}}","name":"Facility {{f:000}}","country":"US","authority":"US-ICE","capacity":{{500 + f}},"kind":"detention"}""");
            w.Write('\n');
        }

        var written = facilities;
        var start = new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);
        for (var p = 0; written < events; p++)
        {
            var id = "P-" + p.ToString(CultureInfo.InvariantCulture);
            var country = Countries[random.Next(Countries.Length)];
            w.Write($$$"""{"type":"person.recorded","person":"{{{id}}}","given":"{{{Given[random.Next(10)]}}}","surnames":["{{{Surnames[random.Next(10)]}}}","{{{Surnames[random.Next(10)]}}}"],"dob":"{{{1960 + random.Next(45)}}}-0{{{1 + random.Next(9)}}}-1{{{random.Next(10)}}}","nationalities":["{{{country}}}"],"ids":{"a_number":"A{{{random.Next(100_000_000, 999_999_999)}}}"}}""");
            w.Write('\n');
            var at = start.AddMinutes(random.Next(0, 365 * 24 * 60));
            var facility = random.Next(facilities);
            w.Write($$"""{"type":"custody.began","person":"{{id}}","facility":"F-{{facility:000}}","authority":"US-ICE","basis":"civil_immigration","occurred_at":"{{Iso(at)}}"}""");
            w.Write('\n');
            written += 2;
            var transfers = 3 + random.Next(3);
            for (var t = 0; t < transfers && written < events; t++)
            {
                at = at.AddHours(1 + random.Next(24 * 20));
                var next = random.Next(facilities);
                w.Write($$"""{"type":"custody.transferred","person":"{{id}}","from":"F-{{facility:000}}","to":"F-{{next:000}}","authority":"US-ICE","transport":{"id":"BUS-{{random.Next(9999)}}","mode":"ground"},"occurred_at":"{{Iso(at)}}"}""");
                w.Write('\n');
                facility = next;
                written++;
            }

            if (written < events)
            {
                at = at.AddHours(1 + random.Next(24 * 20));
                w.Write(random.Next(2) == 0
                    ? $$"""{"type":"custody.released","person":"{{id}}","facility":"F-{{facility:000}}","occurred_at":"{{Iso(at)}}"}"""
                    : $$"""{"type":"person.removed","person":"{{id}}","from":"F-{{facility:000}}","country":"{{country}}","authority":"US-ICE","basis":"title8_order","transport":{"id":"FL-{{random.Next(9999)}}","mode":"air"},"occurred_at":"{{Iso(at)}}"}""");
                w.Write('\n');
                written++;
            }
        }

        Console.WriteLine($"wrote {written:N0} events to {path}");
        return 0;
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
