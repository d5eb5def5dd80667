namespace Habeas.Synthetic;

/// <summary>
/// Spellings that sound the same in Latin American Spanish: b/v (betacismo), s/z/c before e and i (seseo), ll/y
/// (yeísmo), g/j before e and i, x/j (México, Ximena), and the silent initial h (Hernández → Ernández).
/// </summary>
internal static class SpanishMisspelling
{
    public static bool CanApply(RecordDraft draft)
    {
        for (var t = 0; t < draft.TokenCount; t++)
        {
            var token = draft.Token(t);
            for (var i = 0; i < token.Length; i++)
            {
                if (Rule(token, i, out _, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Rewrites one site, chosen uniformly among all the sites in all the names.</summary>
    public static void Apply(RecordDraft draft, ref SeededRandom random)
    {
        var seen = 0;
        int chosenToken = -1, chosenAt = 0;
        for (var t = 0; t < draft.TokenCount; t++)
        {
            var token = draft.Token(t);
            for (var i = 0; i < token.Length; i++)
            {
                if (Rule(token, i, out _, out _) && random.Next(++seen) == 0)
                {
                    chosenToken = t;
                    chosenAt = i;
                }
            }
        }

        var name = draft.Token(chosenToken);
        Rule(name, chosenAt, out var length, out var replacement);
        if (replacement.Length > 0 && char.IsUpper(name[chosenAt]))
        {
            replacement = string.Concat(char.ToUpperInvariant(replacement[0]).ToString(), replacement.AsSpan(1));
        }

        var rewritten = string.Concat(name.AsSpan(0, chosenAt), replacement, name.AsSpan(chosenAt + length));
        if (replacement.Length == 0 && chosenAt == 0 && rewritten.Length > 0)
        {
            // The dropped h was the capital: the next letter becomes it.
            rewritten = string.Concat(char.ToUpperInvariant(rewritten[0]).ToString(), rewritten.AsSpan(1));
        }

        draft.SetToken(chosenToken, rewritten);
    }

    /// <summary>Whether a rule applies at <paramref name="i"/>: how many letters it replaces, and with what (lower case).</summary>
    private static bool Rule(string token, int i, out int length, out string replacement)
    {
        var c = char.ToLowerInvariant(token[i]);
        var next = i + 1 < token.Length ? char.ToLowerInvariant(Diacritics.Base(token[i + 1])) : '\0';
        var previous = i > 0 ? char.ToLowerInvariant(Diacritics.Base(token[i - 1])) : '\0';
        length = 1;
        replacement = c switch
        {
            'b' => "v",
            'v' => "b",
            'z' => "s",
            'c' when next is 'e' or 'i' => "s",
            's' when next is 'e' or 'i' => "c",
            's' when next is 'a' or 'o' or 'u' => "z",
            'l' when next == 'l' => "y",
            'y' when IsVowel(previous) && IsVowel(next) => "ll",
            'g' when next is 'e' or 'i' => "j",
            'j' when next is 'e' or 'i' => "g",
            'x' when i == 0 || IsVowel(next) => "j",
            'h' when i == 0 && IsVowel(next) => string.Empty,
            _ => null!,
        };
        if (c == 'l' && next == 'l')
        {
            length = 2;
        }

        return replacement is not null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
