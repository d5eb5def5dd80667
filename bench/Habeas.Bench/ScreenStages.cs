using System.Diagnostics;
using Habeas.Core.Audit;
using Habeas.Core.Screening;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Bench;

/// <summary>Where a screening's time goes: reading the manifest, the person directory, matching, loading the facts.</summary>
internal static class ScreenStages
{
    public static async Task<int> RunAsync(string dataDirectory, string manifest)
    {
        var location = RegistryLocation.Resolve(dataDirectory, _ => null);
        await using var db = await RegistryDatabase.OpenAsync(location, CancellationToken.None);
        var connection = db.Database.GetDbConnection();
        var clock = Stopwatch.StartNew();
        var (rows, _, _) = ManifestReader.Read(manifest, "manifest.csv");
        Console.WriteLine($"read {rows.Count:N0} rows: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        long n = 0;
        var names = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT person_id, given, surnames, aliases, dob, a_number FROM person_records";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                n++;
                names.Add(reader.GetString(1) + " " + string.Join(' ', System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(2))!));
            }
        }

        Console.WriteLine($"read {n:N0} person records with their surnames: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var tokens = names.Sum(x => Habeas.Matching.NameTokens.Of(x).Count);
        Console.WriteLine($"tokenise them ({tokens:N0} tokens): {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var directory = PersonDirectory.Load(connection, null);
        Console.WriteLine($"person directory: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var candidates = rows.Select(directory.Find).ToArray();
        Console.WriteLine($"match ({candidates.Sum(c => c.Count):N0} candidates): {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var facts = LawFacts.LoadFor(connection, null, candidates.SelectMany(c => c).Select(c => c.Person).ToHashSet(StringComparer.Ordinal));
        Console.WriteLine($"load the candidates' facts ({facts.Count:N0} events): {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var payloads = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT payload FROM events WHERE sequence <= 65565";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                payloads.Add(reader.GetString(0));
            }
        }

        Console.WriteLine($"read 65,565 payloads by sequence: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var errors = new List<Habeas.Domain.Events.FieldError>();
        foreach (var payload in payloads)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(payload);
            Habeas.Domain.Events.EventReader.Read(doc.RootElement, errors);
        }

        Console.WriteLine($"parse them, one thread: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var rules = new Habeas.Domain.Rules.RuleBook();
        var on = Habeas.Domain.Values.TimeValue.Parse("2026-01-01");
        long findings = 0;
        foreach (var person in candidates.SelectMany(c => c))
        {
            var history = facts.HistoryOf(person.Person);
            findings += rules.Judge(history, new Habeas.Domain.Rules.Move
            {
                Kind = Habeas.Domain.Rules.MoveKind.Removal, Person = person.Person, At = on, Destination = new Habeas.Domain.Values.CountryCode("SV"),
                Proposal = "bench",
            }).Count;
        }

        Console.WriteLine($"judge ({findings:N0} findings): {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var screened = await new ScreeningHandler(location, new Habeas.Domain.Rules.RuleBook(), TimeProvider.System)
            .HandleAsync(new ScreenCommand(manifest, null, "SV", "2026-01-01", null), CancellationToken.None);
        Console.WriteLine($"the whole handler again, warm: {clock.Elapsed.TotalSeconds:F2} s ({screened.GetType().Name})");
        clock.Restart();
        var json = System.Text.Json.JsonSerializer.Serialize(((ScreenResult.Screened)screened).Report);
        Console.WriteLine($"JSON of the report ({json.Length / 1048576.0:F1} MiB): {clock.Elapsed.TotalSeconds:F2} s");
        return 0;
    }
}
