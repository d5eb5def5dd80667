using System.Globalization;
using System.Text;

namespace Habeas.Matching;

/// <summary>
/// A name as comparable tokens: case and diacritics folded (García = GARCIA), punctuation and hyphens split
/// (Pérez-Martínez = PEREZ MARTINEZ), Spanish particles dropped (de, del, de la, de los, y). Order is kept; callers
/// compare as sets, since sources swap the order ("SURNAME, GIVEN").
/// </summary>
public static class NameTokens
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "DE", "DEL", "LA", "LAS", "LOS", "Y", "E", "DA", "DO", "DOS", "DAS" };

    /// <summary>The tokens of <paramref name="name"/>; empty for null or blank.</summary>
    public static IReadOnlyList<string> Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        // Decomposition (é = e + accent) only when the name has non-ASCII letters: most manifest names are plain ASCII.
        var text = System.Text.Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !Particles.Contains(t)).ToArray();
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
