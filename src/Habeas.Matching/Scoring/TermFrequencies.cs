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

            foreach (var record in records)
            {
                record.LogFrequency[slot] = Value(record, slot) is { } value ? (float)Math.Log2((double)counts[value] / present) : 0f;
            }
        }
    }

    private static string? Value(PreparedRecord record, int slot) => slot switch
    {
        0 => record.Given.Length == 0 ? null : record.GivenJoined,
        1 => record.Surnames.Length == 0 ? null : record.SurnamesJoined,
        _ => record.Texts[slot - 2],
    };
}
