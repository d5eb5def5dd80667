using System.Data.Common;
using Habeas.Domain.Rules;

namespace Habeas.Core.Identity;

/// <summary>
/// Reads which person ids are one person now (the projection of <c>identity.merged</c> and <c>identity.split</c>):
/// every id merged into another, with its survivor. Few ids are; a partial index holds just those rows.
/// </summary>
internal static class PersonMerges
{
    public static PersonIdentities Load(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var survivorOf = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT person_id, survivor_id FROM persons WHERE survivor_id IS NOT NULL";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            survivorOf[reader.GetString(0)] = reader.GetString(1);
        }

        return new PersonIdentities(survivorOf);
    }

    /// <summary>The decisions recorded about pairs of ids (merges and splits), in log order.</summary>
    public static IReadOnlyList<IdentityLabel> Labels(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var labels = new List<IdentityLabel>();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT person_id, other_person_id, same, by_registry FROM identity_labels ORDER BY sequence, person_id, other_person_id";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            labels.Add(new IdentityLabel(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
        }

        return labels;
    }

    /// <summary>
    /// The pairs of persons (by the ids they have now, smaller first) whose last decision said they are two people: a
    /// reviewer's "no" that keeps them out of the review queue.
    /// </summary>
    public static HashSet<(string, string)> KeptApart(IReadOnlyList<IdentityLabel> labels, PersonIdentities identities)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(identities);
        var last = new Dictionary<(string, string), bool>();
        foreach (var label in labels)
        {
            last[Pair(identities.Canonical(label.Person), identities.Canonical(label.Other))] = label.Same;
        }

        return last.Where(p => !p.Value).Select(p => p.Key).ToHashSet();
    }

    /// <summary>A pair of ids in a fixed order.</summary>
    public static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}

/// <summary>One decision about two ids: one person (<paramref name="Same"/>) or two; made by identity resolution or by a person.</summary>
internal sealed record IdentityLabel(string Person, string Other, bool Same, bool ByRegistry);
