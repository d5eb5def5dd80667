using System.Data.Common;
using Habeas.Core.Identity;
using Habeas.Matching.Linking;
using Habeas.Matching.Locating;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;
using MatchName = Habeas.Matching.Normalisation.PersonName;

namespace Habeas.Core.Screening;

/// <summary>
/// The registry's persons as a screening sees them, in memory: by exact A-number, and in the identity-resolution
/// engine's locator index (every source's record and alias; issue #5) for rows matched by name. Sealed persons are
/// included: a screening protects them too (what a screening shows of them is the access issue's concern, #8).
/// </summary>
internal sealed class PersonDirectory
{
    /// <summary>How many engine hits a row looks at, best first.</summary>
    private const int Hits = 20;

    /// <summary>A hit this many bits (a likelihood ratio of 2^6) below the row's best is not plausibly the row's person.</summary>
    private const double PlausibleBelowBest = 6;

    /// <summary>The least evidence (log2 Bayes factor) for a candidate: well above two shared common names alone.</summary>
    private const double MinimumWeight = 10;

    private readonly Dictionary<string, HashSet<string>> _byANumber = new(StringComparer.Ordinal);
    private readonly LocatorIndex _index = new();

    private PersonDirectory()
    {
    }

    public static PersonDirectory Load(DbConnection connection, DbTransaction? transaction)
    {
        var directory = new PersonDirectory();
        var identities = PersonMerges.Load(connection, transaction);
        RegistryIdentities.AddTo(directory._index, connection, transaction, identities);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT person_id, a_number FROM person_records WHERE a_number IS NOT NULL";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var number = reader.GetString(1);
            if (!directory._byANumber.TryGetValue(number, out var set))
            {
                directory._byANumber[number] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(identities.Canonical(reader.GetString(0)));
        }

        return directory;
    }

    /// <summary>
    /// The registry persons a manifest row may be: by exact A-number first; otherwise every person the engine finds
    /// whose given names and surnames both agree at least phonetically or closely (in either order; a dropped middle
    /// name or maternal surname, a nickname, a typo still agree) and whose date of birth and A-number do not
    /// disagree (two whole dates that share only the year disagree), with real evidence (a match weight of at least
    /// 10) and not far below the best such hit (6 bits): namesakes as likely as the best stay candidates. A screening errs towards a candidate: each is judged, and any block stops the row.
    /// </summary>
    public IReadOnlyList<Candidate> Find(ManifestRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.ANumber is { } number && _byANumber.TryGetValue(number.Value, out var exact))
        {
            return exact.Order(StringComparer.Ordinal).Select(p => new Candidate(p, "same A-number")).ToArray();
        }

        var name = MatchName.Parse(row.Name);
        if (name.Given.Count == 0 || name.Surnames.Count == 0)
        {
            // One name part alone (a surname) says too little to name anyone.
            return [];
        }

        BirthDate? dob = row.Dob is not null && BirthDate.TryParse(row.Dob, out var d) ? d : null;
        var digits = row.ANumber is { } a && ANumbers.TryNormalise(a.Value, out var n) ? n : null;
        var query = new IdentityRecord("row", name, dob, digits, row.Nationality?.Value);
        var found = new SortedDictionary<string, Candidate>(StringComparer.Ordinal);
        var best = double.NegativeInfinity;
        foreach (var hit in _index.Search(query, Hits))
        {
            var person = hit.Record.Id;
            var given = hit.Reasons.First(r => r.Field == "given");
            var surnames = hit.Reasons.First(r => r.Field == "surnames");
            if (found.ContainsKey(person) || given.Rank is 0 or > 3 || surnames.Rank is 0 or > 3 ||
                hit.Reasons.Any(r => r.Field is "dob" or "id_number" && r.Disagrees) || DatesConflict(hit.Reasons.First(r => r.Field == "dob")))
            {
                continue;
            }

            // Hits come best first: the first eligible one sets the bar for the rest.
            best = Math.Max(best, hit.Weight);
            if (hit.Weight < MinimumWeight || hit.Weight < best - PlausibleBelowBest)
            {
                continue;
            }

            found[person] = new Candidate(person, $"name agrees ({string.Join(' ', hit.Record.Name.Tokens)}): {hit.Agreement}");
        }

        return found.Values.ToArray();
    }

    /// <summary>
    /// Two whole dates of birth that share only the year are two persons (a namesake born the same year); a year
    /// alone on either side is no conflict. Near dates (day and month swapped, a day off, one part wrong) still agree.
    /// </summary>
    private static bool DatesConflict(FieldWeight dob) => dob.Rank == 3 && dob.ValueA is { Length: > 4 } && dob.ValueB is { Length: > 4 };
}
