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

        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
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

        var pool = longer.ToList();
        foreach (var token in shorter.OrderByDescending(t => t.Length))
        {
            var i = pool.FindIndex(t => t == token || (token.Length == 1 && t.StartsWith(token, StringComparison.Ordinal)) || (t.Length == 1 && token.StartsWith(t, StringComparison.Ordinal)));
            if (i < 0)
            {
                return false;
            }

            pool.RemoveAt(i);
        }

        return true;
    }
}
