using System.Diagnostics;
using System.Text.Json;
using Habeas.Core.Recording;
using Habeas.Domain.Events;
using Habeas.Domain.Serialization;

namespace Habeas.Bench;

/// <summary>Times the stages of reading a line (JSON, fields, canonical bytes) on one thread, without a database.</summary>
internal static class ParseOnly
{
    public static int Run(string file)
    {
        var lines = File.ReadAllLines(file);
        for (var round = 0; round < 2; round++)
        {
            var json = Stopwatch.StartNew();
            foreach (var line in lines)
            {
                using var doc = JsonDocument.Parse(line);
            }

            json.Stop();
            var read = Stopwatch.StartNew();
            var errors = new List<FieldError>();
            foreach (var line in lines)
            {
                using var doc = JsonDocument.Parse(line);
                EventReader.Read(doc.RootElement, errors);
            }

            read.Stop();
            var canonical = Stopwatch.StartNew();
            foreach (var line in lines)
            {
                using var doc = JsonDocument.Parse(line);
                CanonicalJson.Serialize(doc.RootElement);
            }

            canonical.Stop();
            var all = Stopwatch.StartNew();
            foreach (var line in lines)
            {
                ParsedLine.Parse(line);
            }

            all.Stop();
            double Us(Stopwatch s) => s.Elapsed.TotalMicroseconds / lines.Length;
            Console.WriteLine($"per line: JSON {Us(json):F2} µs, JSON+read {Us(read):F2} µs, JSON+canonical {Us(canonical):F2} µs, ParsedLine.Parse {Us(all):F2} µs");
        }

        return 0;
    }
}
