using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Habeas.Matching.Normalisation;

/// <summary>One token found by <see cref="NameText.Scan"/>: a run of letters or digits in the folded buffer.</summary>
/// <param name="Start">Offset in the folded buffer.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Word">Index of the space-separated word it belongs to; hyphenated parts share a word.</param>
/// <param name="Dotted">Followed directly by a full stop in the source (an initial: "JOSE M.").</param>
/// <param name="HadLower">The source spelled it with at least one lower-case letter.</param>
internal readonly record struct NamePiece(int Start, int Length, int Word, bool Dotted, bool HadLower);

/// <summary>
/// The scanner behind <see cref="NameTokens.Of"/> and <see cref="PersonName.Parse"/>: folds case and diacritics into
/// a caller-provided buffer and records where the tokens are, without allocating on plain ASCII input.
/// </summary>
internal static class NameText
{
    /// <summary>Dropped when a non-particle follows them in the same name (see <see cref="MarkKept"/>).</summary>
    private static readonly FrozenSet<string> Particles = new[]
    {
        // Spanish, and the Filipino spellings "DELA CRUZ", "DELOS SANTOS".
        "DE", "DEL", "LA", "LAS", "LOS", "Y", "DELA", "DELOS",
        // Portuguese: "MARIA DA SILVA", "JOAO DOS SANTOS", "SILVA E SOUZA".
        "E", "DA", "DO", "DOS", "DAS",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup =
        Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Surnames some sources write with the particle glued on ("DELACRUZ", "DASILVA"), mapped to what remains once
    /// the particle is dropped, so that they agree with "DE LA CRUZ" and "DA SILVA".
    /// </summary>
    private static readonly FrozenDictionary<string, string> Glued = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DELACRUZ"] = "CRUZ", ["DELAROSA"] = "ROSA", ["DELATORRE"] = "TORRE", ["DELAFUENTE"] = "FUENTE",
        ["DELAGARZA"] = "GARZA", ["DELAPAZ"] = "PAZ", ["DELAVEGA"] = "VEGA", ["DELAPENA"] = "PENA",
        ["DELARA"] = "LARA", ["DELAMORA"] = "MORA", ["DELAPARRA"] = "PARRA", ["DELAROCHA"] = "ROCHA",
        ["DELACUEVA"] = "CUEVA", ["DELAGUILA"] = "AGUILA", ["DELEON"] = "LEON", ["DELUNA"] = "LUNA",
        ["DELOSSANTOS"] = "SANTOS", ["DELOSREYES"] = "REYES", ["DELOSRIOS"] = "RIOS", ["DELOSANGELES"] = "ANGELES",
        ["DELRIO"] = "RIO", ["DELVALLE"] = "VALLE", ["DELTORO"] = "TORO", ["DELCASTILLO"] = "CASTILLO",
        ["DELANGEL"] = "ANGEL", ["DELCARMEN"] = "CARMEN", ["DELCID"] = "CID", ["DELREAL"] = "REAL",
        ["DASILVA"] = "SILVA", ["DACOSTA"] = "COSTA", ["DASILVEIRA"] = "SILVEIRA", ["DACUNHA"] = "CUNHA",
        ["DAROCHA"] = "ROCHA", ["DASNEVES"] = "NEVES", ["DOSSANTOS"] = "SANTOS", ["DOSREIS"] = "REIS",
        ["DOSANJOS"] = "ANJOS", ["DOCARMO"] = "CARMO", ["DONASCIMENTO"] = "NASCIMENTO", ["DAFONSECA"] = "FONSECA",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> GluedLookup =
        Glued.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Above this many source characters the buffers go on the heap instead of the stack.</summary>
    internal const int StackLimit = 256;

    /// <summary>
    /// The text to scan: the name itself when it is ASCII, else its canonical decomposition (é = e + accent), so
    /// that <see cref="Scan"/> can drop the accents.
    /// </summary>
    internal static string Prepare(string name) => Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="folded"/> (at least twice its length: ß becomes SS) and
    /// writes its tokens to <paramref name="pieces"/> (at least its length plus one). Returns the token count.
    /// </summary>
    internal static int Scan(ReadOnlySpan<char> source, Span<char> folded, Span<NamePiece> pieces)
    {
        var length = 0;
        var count = 0;
        var word = -1;
        var start = -1;
        var hadLower = false;
        var newWord = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Begin(ref start, ref word, ref newWord, ref hadLower, length);
                    hadLower |= char.IsAsciiLetterLower(c);
                    folded[length++] = char.ToUpperInvariant(c);
                    continue;
                }

                // An apostrophe joins (O'BRIEN = OBRIEN, SA'ID = SAID); a hyphen splits a word into parts.
                if (c is '\'' or '`')
                {
                    continue;
                }

                End(ref start, ref count, pieces, length, word, hadLower, dotted: c == '.');
                newWord |= c != '-';
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark ||
                c is '\u2019' or '\u2018' or '\u00B4' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE')
            {
                continue;
            }

            var expansion = Expand(c);
            if (expansion.Length > 0 || char.IsLetterOrDigit(c))
            {
                Begin(ref start, ref word, ref newWord, ref hadLower, length);
                hadLower |= char.IsLower(c);
                if (expansion.Length > 0)
                {
                    expansion.CopyTo(folded[length..]);
                    length += expansion.Length;
                }
                else
                {
                    folded[length++] = char.ToUpperInvariant(c);
                }

                continue;
            }

            End(ref start, ref count, pieces, length, word, hadLower, dotted: false);
            // Unicode dashes (‐ ‑ – —) split a word like the ASCII hyphen does.
            newWord |= category != UnicodeCategory.DashPunctuation;
        }

        End(ref start, ref count, pieces, length, word, hadLower, dotted: false);
        return count;
    }

    /// <summary>
    /// Marks which pieces the particle rule keeps (see <see cref="NameTokens.Of"/>): a particle goes only when a
    /// non-particle follows it, so "LI DA", a truncated "JUAN DE" and a name of particles alone keep theirs.
    /// Returns how many are kept.
    /// </summary>
    internal static int MarkKept(ReadOnlySpan<char> folded, ReadOnlySpan<NamePiece> pieces, Span<bool> keep)
    {
        var kept = 0;
        var nonParticleFollows = false;
        for (var i = pieces.Length - 1; i >= 0; i--)
        {
            var particle = IsParticle(folded, pieces[i]);
            keep[i] = !(particle && nonParticleFollows);
            nonParticleFollows |= !particle;
            kept += keep[i] ? 1 : 0;
        }

        return kept;
    }

    /// <summary>The token of a piece: a glued surname's remainder, or a new string.</summary>
    internal static string Text(ReadOnlySpan<char> folded, NamePiece piece)
    {
        var span = folded.Slice(piece.Start, piece.Length);
        return GluedLookup.TryGetValue(span, out var remainder) ? remainder : new string(span);
    }

    private static bool IsParticle(ReadOnlySpan<char> folded, NamePiece piece) =>
        // "Y." and "E." are initials, not the conjunction.
        !(piece.Dotted && piece.Length == 1) && piece.Length <= 5 && ParticleLookup.Contains(folded.Slice(piece.Start, piece.Length));

    private static void Begin(ref int start, ref int word, ref bool newWord, ref bool hadLower, int length)
    {
        if (start >= 0)
        {
            return;
        }

        start = length;
        hadLower = false;
        if (newWord)
        {
            word++;
            newWord = false;
        }
    }

    private static void End(ref int start, ref int count, Span<NamePiece> pieces, int length, int word, bool hadLower, bool dotted)
    {
        if (start < 0)
        {
            return;
        }

        pieces[count++] = new NamePiece(start, length - start, word, dotted, hadLower);
        start = -1;
    }

    /// <summary>Letters that have no canonical decomposition but a usual ASCII spelling.</summary>
    private static ReadOnlySpan<char> Expand(char c) => c switch
    {
        'ß' => "SS",
        'Æ' or 'æ' => "AE",
        'Œ' or 'œ' => "OE",
        'Ø' or 'ø' => "O",
        'Ł' or 'ł' => "L",
        'Đ' or 'đ' or 'Ð' or 'ð' => "D",
        'Þ' or 'þ' => "TH",
        'ı' => "I",
        _ => [],
    };
}
