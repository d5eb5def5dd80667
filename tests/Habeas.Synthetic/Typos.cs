namespace Habeas.Synthetic;

/// <summary>One slip of the keyboard in one name: a neighbouring key, a letter dropped, doubled, or two swapped.</summary>
internal static class Typos
{
    // Neighbours on a QWERTY keyboard, a to z.
    private static readonly string[] Neighbours =
    [
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx",
    ];

    public static bool CanApply(RecordDraft draft)
    {
        for (var t = 0; t < draft.TokenCount; t++)
        {
            if (Letters(draft.Token(t)) >= 3)
            {
                return true;
            }
        }

        return false;
    }

    public static void Apply(RecordDraft draft, ref SeededRandom random)
    {
        var seen = 0;
        var chosen = -1;
        for (var t = 0; t < draft.TokenCount; t++)
        {
            if (Letters(draft.Token(t)) >= 3 && random.Next(++seen) == 0)
            {
                chosen = t;
            }
        }

        var name = draft.Token(chosen);
        var chars = name.ToCharArray();
        var at = LetterAt(chars, random.Next(Letters(name)));
        switch (random.Next(4))
        {
            case 0 when char.ToLowerInvariant(chars[at]) is >= 'a' and <= 'z':
                var options = Neighbours[char.ToLowerInvariant(chars[at]) - 'a'];
                var key = options[random.Next(options.Length)];
                chars[at] = char.IsUpper(chars[at]) ? char.ToUpperInvariant(key) : key;
                draft.SetToken(chosen, new string(chars));
                return;
            case 1 when at + 1 < chars.Length && char.IsLetter(chars[at + 1]) && char.ToLowerInvariant(chars[at]) != char.ToLowerInvariant(chars[at + 1]):
                // The case stays where it was: "Garcia" → "Agrcia".
                var (first, second) = (chars[at], chars[at + 1]);
                chars[at] = char.IsUpper(first) ? char.ToUpperInvariant(second) : char.ToLowerInvariant(second);
                chars[at + 1] = char.IsUpper(second) ? char.ToUpperInvariant(first) : char.ToLowerInvariant(first);
                draft.SetToken(chosen, new string(chars));
                return;
            case 2:
                draft.SetToken(chosen, name.Insert(at, char.ToLowerInvariant(chars[at]).ToString()));
                return;
            default:
                // A deleted letter; a deleted capital leaves the next letter as the capital.
                var shorter = name.Remove(at, 1);
                if (at == 0)
                {
                    shorter = string.Concat(char.ToUpperInvariant(shorter[0]).ToString(), shorter.AsSpan(1));
                }

                draft.SetToken(chosen, shorter);
                return;
        }
    }

    private static int Letters(string token)
    {
        var n = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }

    private static int LetterAt(char[] chars, int nth)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && nth-- == 0)
            {
                return i;
            }
        }

        return 0;
    }
}
