using System.Data.Common;
using System.Text.Json;
using Habeas.Domain.Events;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Habeas.Matching.Locating;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;
using MatchName = Habeas.Matching.Normalisation.PersonName;

namespace Habeas.Core.Identity;

/// <summary>
/// The registry's person records as the matching engine sees them: one record per source's <c>person.recorded</c>
/// and one per alias, all carrying the registry person id — the person the record belongs to now, so that records of
/// ids merged into one person are that person's. Read with plain SQL so that the locator and a screening (inside its
/// read snapshot) share it.
/// </summary>
internal static class RegistryIdentities
{
    /// <summary>Adds every person record after <paramref name="after"/> (a sequence) to <paramref name="index"/>, in sequence order.</summary>
    /// <returns>The last sequence read, and how many rows were read.</returns>
    public static (long LastSequence, int Rows) AddTo(
        LocatorIndex index, DbConnection connection, DbTransaction? transaction, PersonIdentities identities, long after = 0)
    {
        var (records, last, rows) = Read(connection, transaction, identities, after);
        index.AddRange(records);
        return (last, rows);
    }

    /// <summary>Every person record after <paramref name="after"/>, in sequence order, as the engine's records (id = the registry person).</summary>
    public static (List<IdentityRecord> Records, long LastSequence, int Rows) Read(
        DbConnection connection, DbTransaction? transaction, PersonIdentities identities, long after = 0)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var rows = new List<(long Sequence, string Person, string Given, string Surnames, string Aliases, string? Dob, string? Sex, string? BirthCountry, string Nationalities, string? ANumber)>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT sequence, person_id, given, surnames, aliases, dob, sex, birth_country, nationalities, a_number FROM person_records WHERE sequence > @after ORDER BY sequence";
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = "after";
            parameter.Value = after;
            cmd.Parameters.Add(parameter);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), identities.Canonical(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    Text(reader, 5), Text(reader, 6), Text(reader, 7), reader.GetString(8), Text(reader, 9)));
            }
        }

        // Reading JSON and folding names runs on both cores; the index is filled in sequence order on one.
        var records = new IdentityRecord[rows.Count][];
        Parallel.For(0, rows.Count, i => records[i] = Records(rows[i].Person, rows[i].Given, List(rows[i].Surnames), List(rows[i].Aliases), rows[i].Dob,
            rows[i].Sex, rows[i].BirthCountry, List(rows[i].Nationalities), rows[i].ANumber));
        return (records.SelectMany(r => r).ToList(), rows.Count == 0 ? after : rows[^1].Sequence, rows.Count);
    }

    /// <summary>A <c>person.recorded</c> as the engine's records (<see cref="Read"/> gives the same for a stored one).</summary>
    public static IdentityRecord[] Records(string person, PersonRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return Records(person, recorded.Name.Given, [.. recorded.Name.Surnames], [.. recorded.Name.Aliases], recorded.Dob?.Text,
            recorded.Sex is { } sex ? SnakeCase.Name(sex) : null, recorded.BirthCountry?.Value, [.. recorded.Nationalities.Select(c => c.Value)],
            recorded.ANumber?.Value);
    }

    private static string[] List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static IdentityRecord[] Records(
        string person, string given, string[] surnames, string[] aliases, string? isoDob, string? sexWord, string? birthCountry, string[] nationalities, string? aNumber)
    {
        BirthDate? dob = isoDob is not null && BirthDate.TryParse(isoDob.Length > 10 ? isoDob[..10] : isoDob, out var d) ? d : null;
        var country = nationalities.FirstOrDefault() ?? birthCountry;
        char? sex = sexWord switch { "female" => 'F', "male" => 'M', _ => null };
        var number = aNumber is not null && ANumbers.TryNormalise(aNumber, out var n) ? n : null;
        var records = new IdentityRecord[1 + aliases.Length];
        records[0] = new IdentityRecord(person, MatchName.FromParts(given, string.Join(' ', surnames)), dob, number, country, sex);
        for (var i = 0; i < aliases.Length; i++)
        {
            records[i + 1] = new IdentityRecord(person, MatchName.Parse(aliases[i]), dob, number, country, sex);
        }

        return records;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
