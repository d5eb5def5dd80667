using Habeas.Matching.Records;

namespace Habeas.Matching.Blocking;

/// <summary>Computes a record's blocking keys: 64-bit hashes of (rule, values). A collision only adds a candidate.</summary>
internal static class BlockingKeys
{
    public const int RuleCount = 6;

    /// <summary>Adds the record's keys and their rules to <paramref name="keys"/>.</summary>
    public static void Of(PreparedRecord record, List<(ulong Key, BlockingRule Rule)> keys)
    {
        keys.Clear();
        NameKeys(record, keys);
        if (record.Year != 0 && record.Month != 0)
        {
            var (low, high) = record.Month <= record.Day ? (record.Month, record.Day) : (record.Day, record.Month);
            var date = (ulong)((record.Year * 10000) + (low * 100) + high);
            if (record.GivenPhonetic.Length > 0)
            {
                keys.Add((Mix(Hash(record.GivenPhonetic[0], (ulong)BlockingRule.GivenAndBirthDate), date), BlockingRule.GivenAndBirthDate));
            }

            if (record.SurnamePhonetic.Length > 0)
            {
                keys.Add((Mix(Hash(record.SurnamePhonetic[0], (ulong)BlockingRule.SurnameAndBirthDate), date), BlockingRule.SurnameAndBirthDate));
            }
        }

        if (record.IdNumber is { Length: >= 4 } id)
        {
            Span<char> masked = stackalloc char[id.Length];
            for (var window = 0; window + 1 < id.Length; window++)
            {
                id.AsSpan().CopyTo(masked);
                masked[window] = masked[window + 1] = '*';
                keys.Add((Hash(masked, (ulong)BlockingRule.IdNumberWindow), BlockingRule.IdNumberWindow));
            }
        }

        for (var i = 0; i < record.Texts.Length; i++)
        {
            if (record.Texts[i] is { } text)
            {
                keys.Add((Mix(Hash(text, (ulong)BlockingRule.Text), (ulong)i), BlockingRule.Text));
            }
        }
    }

    private static void NameKeys(PreparedRecord record, List<(ulong Key, BlockingRule Rule)> keys)
    {
        // The first two given names and the first two surnames: enough for a dropped maternal surname or middle name,
        // and an order swap, to leave a pair in common.
        Span<ulong> tokens = stackalloc ulong[4];
        var count = 0;
        for (var i = 0; i < record.GivenPhonetic.Length && i < 2; i++)
        {
            count = AddToken(tokens, count, record.GivenPhonetic[i]);
        }

        for (var i = 0; i < record.SurnamePhonetic.Length && i < 2; i++)
        {
            count = AddToken(tokens, count, record.SurnamePhonetic[i]);
        }

        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                var pair = Mix(Math.Min(tokens[i], tokens[j]), Math.Max(tokens[i], tokens[j]));
                keys.Add((Mix(pair, (ulong)BlockingRule.NamePair), BlockingRule.NamePair));
                if (record.Year != 0)
                {
                    keys.Add((Mix(Mix(pair, (ulong)record.Year), (ulong)BlockingRule.NamePairAndYear), BlockingRule.NamePairAndYear));
                }
            }
        }
    }

    private static int AddToken(Span<ulong> tokens, int count, string token)
    {
        if (token.Length < 2)
        {
            return count;
        }

        var hash = Hash(token, 0);
        for (var i = 0; i < count; i++)
        {
            if (tokens[i] == hash)
            {
                return count;
            }
        }

        tokens[count] = hash;
        return count + 1;
    }

    /// <summary>FNV-1a (64-bit) over the characters, seeded.</summary>
    private static ulong Hash(ReadOnlySpan<char> text, ulong seed)
    {
        var hash = 14695981039346656037UL ^ (seed * 0x9E3779B97F4A7C15UL);
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Combines two hashes (a splitmix64 finaliser over their mix).</summary>
    private static ulong Mix(ulong a, ulong b)
    {
        var z = a + (b * 0x9E3779B97F4A7C15UL) + 0x632BE59BD9B4E019UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
