using Habeas.Matching.Normalisation;

namespace Habeas.Matching;

/// <summary>
/// A name as comparable tokens: case and diacritics folded (García = GARCIA, Muñoz = MUNOZ), punctuation and hyphens
/// split (Pérez-Martínez = PEREZ MARTINEZ), apostrophes joined (O'Brien = OBRIEN), Spanish and Portuguese particles
/// dropped (de, del, de la, de los, y; da, do, dos, das, e). Order is kept; callers compare as sets, since sources
/// swap the order ("SURNAME, GIVEN").
/// </summary>
public static class NameTokens
{
    /// <summary>
    /// The tokens of <paramref name="name"/>, upper case; empty for null or blank. A particle is dropped only when a
    /// non-particle follows it, so a name made only of particles ("DE LA") keeps them, and a single letter with a
    /// full stop ("Y.") is an initial, kept. A surname written with its particle glued on ("DELACRUZ", "DASILVA")
    /// gives the same token as the spaced form ("CRUZ", "SILVA"). Initials are kept as one-letter tokens.
    /// </summary>
    public static IReadOnlyList<string> Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        // Decomposition only when the name is not ASCII: most manifest names are, and then nothing is allocated but
        // the tokens themselves.
        var source = NameText.Prepare(name);
        var small = source.Length <= NameText.StackLimit;
        Span<char> folded = small ? stackalloc char[source.Length * 2] : new char[source.Length * 2];
        Span<NamePiece> pieces = small ? stackalloc NamePiece[source.Length + 1] : new NamePiece[source.Length + 1];
        var count = NameText.Scan(source, folded, pieces);
        if (count == 0)
        {
            return [];
        }

        Span<bool> keep = small ? stackalloc bool[count] : new bool[count];
        var found = pieces[..count];
        var tokens = new string[NameText.MarkKept(folded, found, keep)];
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            if (keep[i])
            {
                tokens[next++] = NameText.Text(folded, found[i]);
            }
        }

        return tokens;
    }

    /// <summary>
    /// Whether two names can be the same person's: every token of the shorter is in the longer (a dropped maternal
    /// surname or middle name still agrees), with at least two tokens in common — one alone (a surname) is too weak.
    /// A token of one letter agrees with any token that starts with it (an initial: "JOSE M.").
    /// </summary>
    public static bool Agree(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count < 2)
        {
            return false;
        }

        // Each token of the longer name may serve once: whole tokens are matched first, then initials take what is
        // left (so "JOSE M" agrees with "JOSE MANUEL", and the J of an initial never steals JOSE from a whole token).
        Span<bool> used = longer.Count <= 64 ? stackalloc bool[longer.Count] : new bool[longer.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var token in shorter)
            {
                if ((token.Length == 1) != (pass == 1))
                {
                    continue;
                }

                var found = false;
                for (var i = 0; i < longer.Count && !found; i++)
                {
                    var t = longer[i];
                    if (!used[i] && (t == token || (token.Length == 1 && t.StartsWith(token, StringComparison.Ordinal)) ||
                                     (t.Length == 1 && token.StartsWith(t, StringComparison.Ordinal))))
                    {
                        used[i] = found = true;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
