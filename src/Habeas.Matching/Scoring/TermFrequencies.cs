using Habeas.Matching.Records;

namespace Habeas.Matching.Scoring;

/// <summary>
/// How common each value is, for the term-frequency adjustment: agreeing on GARCIA says less than agreeing on a rare
/// surname. A value's frequency is its share of the records that have the field, over every list being linked.
/// </summary>
internal static class TermFrequencies
{
    public static void Fill(IReadOnlyList<PreparedRecord> records, int textCount)
    {
        var slots = 2 + textCount;
        var tables = new (Dictionary<string, int> Counts, int Present)[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var present = 0;
            foreach (var record in records)
            {
                if (Value(record, slot) is { } value)
                {
                    present++;
                    counts[value] = counts.TryGetValue(value, out var n) ? n + 1 : 1;
                }
            }

            tables[slot] = (counts, present);
            foreach (var record in records)
            {
                record.LogFrequency[slot] = Value(record, slot) is { } value ? LogFrequency(counts[value], present) : 0f;
            }
        }

        foreach (var record in records)
        {
            record.CrossedLogFrequency = Crossed(record, tables[0].Counts, tables[0].Present, tables[1].Counts, tables[1].Present);
        }
    }

    /// <summary>
    /// For a crossed agreement (this record's given name equals the other's surname, or the reverse): how common the
    /// value is in the part it met, the commoner of the two — the cautious choice, as which crossing agreed is not kept.
    /// </summary>
    public static float Crossed(PreparedRecord record, Dictionary<string, int> given, int givenPresent, Dictionary<string, int> surnames, int surnamesPresent)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(surnames);
        var asSurname = record.Given.Length == 0 ? float.NegativeInfinity : LogFrequency(surnames.GetValueOrDefault(record.GivenJoined), surnamesPresent);
        var asGiven = record.Surnames.Length == 0 ? float.NegativeInfinity : LogFrequency(given.GetValueOrDefault(record.SurnamesJoined), givenPresent);
        var commoner = Math.Max(asSurname, asGiven);
        return float.IsNegativeInfinity(commoner) ? 0f : commoner;
    }

    /// <summary>
    /// log2 of a value's frequency, shrunk towards one in a thousand by a thousand pseudo-records: in a short list every
    /// value is "common" (one in five), which says nothing about how common the name is; in a long one the count rules.
    /// </summary>
    public static float LogFrequency(int count, int present) => (float)Math.Log2((count + 1.0) / (present + 1000.0));

    private static string? Value(PreparedRecord record, int slot) => slot switch
    {
        0 => record.Given.Length == 0 ? null : record.GivenJoined,
        1 => record.Surnames.Length == 0 ? null : record.SurnamesJoined,
        _ => record.Texts[slot - 2],
    };
}
