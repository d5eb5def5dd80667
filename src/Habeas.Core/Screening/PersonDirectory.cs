using System.Data.Common;
using System.Text.Json;
using Habeas.Matching;

namespace Habeas.Core.Screening;

/// <summary>
/// The registry's persons as the screening matcher sees them, in memory: every source's record (names as tokens,
/// date of birth, A-number), indexed by A-number and by name token. Sealed persons are included: a screening protects
/// them too (what a screening shows of them is the web issue's concern).
/// </summary>
internal sealed class PersonDirectory
{
    private readonly Dictionary<string, HashSet<string>> _byANumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byToken = new(StringComparer.Ordinal);

    private sealed record Entry(string Person, string Name, IReadOnlyList<string> Tokens, string? Dob, string? ANumber);

    public static PersonDirectory Load(DbConnection connection, DbTransaction? transaction)
    {
        var directory = new PersonDirectory();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT person_id, given, surnames, aliases, dob, a_number FROM person_records";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var person = reader.GetString(0);
            var surnames = JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [];
            var aliases = JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [];
            var dob = reader.IsDBNull(4) ? null : reader.GetString(4);
            var number = reader.IsDBNull(5) ? null : reader.GetString(5);
            var name = string.Join(' ', new[] { reader.GetString(1) }.Concat(surnames).Where(s => s.Length > 0));
            foreach (var n in new[] { name }.Concat(aliases))
            {
                directory.AddName(new Entry(person, name, NameTokens.Of(n), dob, number));
            }

            if (number is not null)
            {
                if (!directory._byANumber.TryGetValue(number, out var set))
                {
                    directory._byANumber[number] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(person);
            }
        }

        return directory;
    }

    /// <summary>
    /// The registry persons a manifest row may be: by exact A-number first; otherwise by names that agree
    /// (<see cref="NameTokens.Agree"/>) with no conflicting date of birth. Each with why it matched.
    /// </summary>
    public IReadOnlyList<Candidate> Find(ManifestRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.ANumber is { } number && _byANumber.TryGetValue(number.Value, out var exact))
        {
            return exact.Order(StringComparer.Ordinal).Select(p => new Candidate(p, "same A-number")).ToArray();
        }

        if (row.NameTokens.Count < 2)
        {
            return [];
        }

        // Look up by the token with the fewest entries: common surnames (García, Hernández) do not crowd the search.
        var postings = row.NameTokens.Select(t => _byToken.GetValueOrDefault(t)).Where(p => p is not null).ToArray();
        if (postings.Length == 0)
        {
            return [];
        }

        var found = new SortedDictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var entry in postings.MinBy(p => p!.Count)!)
        {
            // Two different A-numbers are two different persons, however alike the names (one-digit typos: issue #5).
            if (found.ContainsKey(entry.Person) || !NameTokens.Agree(row.NameTokens, entry.Tokens) ||
                (row.ANumber is { } given && entry.ANumber is not null && entry.ANumber != given.Value))
            {
                continue;
            }

            var dob = CompareDob(row.Dob, entry.Dob);
            if (dob is not null)
            {
                found[entry.Person] = new Candidate(entry.Person, $"name agrees ({entry.Name}); {dob}");
            }
        }

        return found.Values.ToArray();
    }

    private static string? CompareDob(string? manifest, string? registry)
    {
        if (manifest is null || registry is null)
        {
            return "date of birth not compared (missing)";
        }

        var shorter = Math.Min(manifest.Length, registry.Length);
        return string.CompareOrdinal(manifest, 0, registry, 0, shorter) == 0 ? "same date of birth" : null;
    }

    private void AddName(Entry entry)
    {
        foreach (var token in entry.Tokens.Distinct(StringComparer.Ordinal))
        {
            if (!_byToken.TryGetValue(token, out var list))
            {
                _byToken[token] = list = [];
            }

            list.Add(entry);
        }
    }
}
