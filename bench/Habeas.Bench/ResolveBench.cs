using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Habeas.Core.Identity;
using Habeas.Core.Import;
using Habeas.Core.Store;
using Habeas.Matching.Records;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Bench;

/// <summary>
/// Identity resolution at append time (issue #5, registry integration): a registry of list A's first PERSONS records
/// (with ids), then RECORDS records of list B imported without <c>person</c>, each resolved against the registry as it
/// is appended. Prints both imports' times, records resolved per second, how many were linked / new, and the links'
/// precision and recall against the generator's truth (a B record whose A record is in the registry should link).
/// </summary>
internal static class ResolveBench
{
    public static async Task<int> RunAsync(string dir, int persons, int records)
    {
        var warnings = new List<string>();
        var a = Read(Path.Combine(dir, "a.csv"), warnings).Take(persons).ToList();
        var b = Read(Path.Combine(dir, "b.csv"), warnings).Take(records).ToList();
        var truth = File.ReadLines(Path.Combine(dir, "truth.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[1], p => p[0]);
        var inRegistry = a.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var work = Directory.CreateTempSubdirectory("habeas-resolve-").FullName;
        try
        {
            var registryFile = Path.Combine(work, "registry.jsonl");
            var incomingFile = Path.Combine(work, "incoming.jsonl");
            File.WriteAllLines(registryFile, a.Select(r => Line(r, "P-" + r.Id)));
            File.WriteAllLines(incomingFile, b.Select(r => Line(r, null)));
            var location = new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = Path.Combine(work, "registry") };
            Directory.CreateDirectory(location.DataDirectory);
            await Habeas.Core.Maintenance.InitRegistry.HandleAsync(location, "habeas.bench/resolve", CancellationToken.None);
            var handler = new ImportHandler(location, TimeProvider.System);

            var clock = Stopwatch.StartNew();
            Expect(await handler.HandleAsync(new ImportCommand(registryFile, "list A", "bench"), null, CancellationToken.None));
            var loaded = clock.Elapsed.TotalSeconds;
            clock.Restart();
            Expect(await handler.HandleAsync(new ImportCommand(incomingFile, "list B", "bench"), null, CancellationToken.None));
            var resolved = clock.Elapsed.TotalSeconds;

            // Which registry person each incoming line became: HP-{sequence} by the line it came from, then its survivor.
            await using var db = await RegistryDatabase.OpenAsync(location, CancellationToken.None);
            var connection = db.Database.GetDbConnection();
            var identities = PersonMerges.Load(connection, null);
            var linked = 0;
            var correct = 0;
            var shouldLink = b.Count(r => truth.TryGetValue(r.Id, out var match) && inRegistry.Contains(match));
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT person_id, source_line FROM events WHERE type = 'person.recorded' AND source_name = 'list B'";
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var person = identities.Canonical(reader.GetString(0));
                    if (!person.StartsWith("P-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    linked++;
                    var record = b[reader.GetInt32(1) - 1];
                    correct += truth.TryGetValue(record.Id, out var match) && "P-" + match == person ? 1 : 0;
                }
            }

            var precision = linked == 0 ? 1 : (double)correct / linked;
            var recall = shouldLink == 0 ? 1 : (double)correct / shouldLink;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"registry of {a.Count:N0} persons imported in {loaded:F1} s; {b.Count:N0} records without person resolved in {resolved:F1} s ({b.Count / resolved:N0} records/s, index read once included)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"linked {linked:N0}, new {b.Count - linked:N0} (of which {shouldLink - correct:N0} had their person in the registry); precision {precision:F4}, recall {recall:F4}, F1 {2 * precision * recall / (precision + recall):F4}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Expect(ImportResult result)
    {
        if (result is ImportResult.Rejected rejected)
        {
            throw new InvalidOperationException("import rejected: " + string.Join("; ", rejected.Errors.Take(5)));
        }
    }

    /// <summary>A list's record as a <c>person.recorded</c> (with <paramref name="person"/>, or without to be resolved).</summary>
    private static string Line(IdentityRecord r, string? person) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["type"] = "person.recorded",
        ["person"] = person,
        ["given"] = string.Join(' ', r.Name.Given),
        ["surnames"] = r.Name.Surnames,
        ["dob"] = r.BirthDate?.ToString(),
        ["sex"] = r.Sex switch { 'F' => "female", 'M' => "male", _ => null },
        // As a records officer would write it: a country the format accepts (ISO alpha-2), or none.
        ["nationalities"] = Habeas.Domain.Values.CountryCode.TryNormalise(r.Country, out var country) ? [country.Value] : Array.Empty<string>(),
        ["ids"] = r.IdNumber is { Length: 9 } n ? new Dictionary<string, string> { ["a_number"] = "A" + n } : new Dictionary<string, string>(),
    }.Where(p => p.Value is not null).ToDictionary());

    private static List<IdentityRecord> Read(string path, List<string> warnings)
    {
        var header = PersonListReader.ReadHeader(path);
        var (fields, _) = PersonListReader.Recognise(path, header, new Dictionary<string, string>());
        return PersonListReader.Read(path, new PersonListLayout(header, fields, []), warnings);
    }
}
