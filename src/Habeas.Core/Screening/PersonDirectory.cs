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
    // By token and year of birth (year 0: records without a date of birth, which agree with any year).
    private readonly Dictionary<(string Token, int Year), List<Entry>> _byTokenAndYear = [];

    // By token alone, for rows without a date of birth (rare): made from the first index when first needed.
    private readonly Lazy<Dictionary<string, List<Entry>>> _byToken;

    private PersonDirectory() => _byToken = new(ByToken, LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed record Entry(string Person, string Name, IReadOnlyList<string> Tokens, string? Dob, string? ANumber);

    public static PersonDirectory Load(DbConnection connection, DbTransaction? transaction)
    {
        var rows = new List<(string Person, string Given, string Surnames, string Aliases, string? Dob, string? ANumber)>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT person_id, given, surnames, aliases, dob, a_number FROM person_records";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }

        // Names are folded into tokens on both cores; the index is filled on one (measured: bench/law.sh).
        var entries = new Entry[rows.Count][];
        Parallel.For(0, rows.Count, i =>
        {
            var r = rows[i];
            var surnames = JsonSerializer.Deserialize<string[]>(r.Surnames) ?? [];
            var aliases = JsonSerializer.Deserialize<string[]>(r.Aliases) ?? [];
            var name = string.Join(' ', new[] { r.Given }.Concat(surnames).Where(s => s.Length > 0));
            entries[i] = new[] { name }.Concat(aliases).Select(n => new Entry(r.Person, name, NameTokens.Of(n), r.Dob, r.ANumber)).ToArray();
        });
        var directory = new PersonDirectory();
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var entry in entries[i])
            {
                directory.AddName(entry);
            }

            if (rows[i].ANumber is { } number)
            {
                if (!directory._byANumber.TryGetValue(number, out var set))
                {
                    directory._byANumber[number] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(rows[i].Person);
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

        // Look up by whole name tokens (an initial says too little), within the row's year of birth when it has one
        // (records with no date of birth are compatible with any). A name that agrees shares at least two of the row's
        // whole tokens, so it is behind one of all but the most crowded of them: common names (José, García,
        // Hernández) are skipped whenever the row has a rarer token, without losing a match.
        var year = Year(row.Dob);
        var buckets = row.NameTokens.Where(t => t.Length > 1).Distinct(StringComparer.Ordinal)
            .Select(t => year == 0
                ? (IReadOnlyCollection<Entry>)(_byToken.Value.GetValueOrDefault(t) ?? [])
                : [.. _byTokenAndYear.GetValueOrDefault((t, year)) ?? [], .. _byTokenAndYear.GetValueOrDefault((t, 0)) ?? []])
            .OrderBy(b => b.Count)
            .ToArray();
        var wholeTokens = buckets.Length;
        var searched = wholeTokens >= 2 && row.NameTokens.Count == wholeTokens ? buckets[..^1] : buckets;
        var smallest = searched.SelectMany(b => b);
        var found = new SortedDictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var entry in smallest)
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
        var year = Year(entry.Dob);
        foreach (var token in entry.Tokens.Distinct(StringComparer.Ordinal))
        {
            Add(_byTokenAndYear, (token, year), entry);
        }
    }

    private Dictionary<string, List<Entry>> ByToken()
    {
        var byToken = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var ((token, _), entries) in _byTokenAndYear)
        {
            if (!byToken.TryGetValue(token, out var list))
            {
                byToken[token] = list = [];
            }

            list.AddRange(entries);
        }

        return byToken;
    }

    private static void Add<TKey>(Dictionary<TKey, List<Entry>> index, TKey key, Entry entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }

    /// <summary>The year of an ISO date of birth (any precision), or 0 when there is none.</summary>
    private static int Year(string? dob) =>
        dob is { Length: >= 4 } && int.TryParse(dob.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : 0;
}
