using System.Text;

namespace Habeas.Matching.Normalisation;

/// <summary>
/// A phonetic key for names as Spanish speakers write what they hear (Latin American pronunciation: seseo, yeísmo).
/// Tokens that sound alike get the same key: b/v (VALLEJO, BALLEJO); s/z/c before e or i (GONZALEZ, GONSALES);
/// ll/y (VALLEJO, VAYEJO); silent h (HERNANDEZ, ERNANDEZ), but ch kept; qu/k/c before a, o, u (QUINTERO, KINTERO);
/// g before e or i and j (GERMAN, JERMAN); x and j in Mexican names (XIMENA, JIMENA; MEXIA, MEJIA); ph/f; w/u;
/// y as a vowel and i (ARELY, ARELI); a prothetic e before s (ESTEFANY, STEFANY); double letters collapsed (RR, NN).
/// Invariant: the key is upper-case ASCII letters only and a key's key is itself.
/// </summary>
public static class SpanishPhonetic
{
    private const int StackLimit = 64;

    /// <summary>
    /// The key of a normalised token (upper case ASCII letters, as <see cref="NameTokens.Of"/> gives); other input is
    /// folded first (ñ is N) and anything but letters ignored. Empty for a token without letters. Allocates only the
    /// key, and nothing when the key is the token itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static string Code(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0)
        {
            return token;
        }

        var source = Ascii.IsValid(token) ? token : Fold(token);
        Span<char> plain = source.Length <= StackLimit ? stackalloc char[StackLimit] : new char[source.Length];
        var length = Simplify(source, plain);
        // X becomes KS, so the key can be up to twice as long as the letters.
        Span<char> key = length <= StackLimit / 2 ? stackalloc char[StackLimit] : new char[length * 2];
        var written = Encode(plain[..length], key);
        var result = key[..written];
        return result.SequenceEqual(token) ? token : new string(result);
    }

    /// <summary>
    /// The context-free rewrites: letters only, upper case; V→B, Z→S, W→U, PH→F; H dropped unless it follows C
    /// (so that no later rule sees a silent letter between two that matter: G-H-E is GE).
    /// </summary>
    private static int Simplify(ReadOnlySpan<char> source, Span<char> plain)
    {
        var n = 0;
        foreach (var raw in source)
        {
            if (!char.IsAsciiLetter(raw))
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw);
            switch (c)
            {
                case 'H' when n > 0 && plain[n - 1] == 'C':
                    plain[n++] = 'H';
                    break;
                case 'H' when n > 0 && plain[n - 1] == 'P':
                    plain[n - 1] = 'F';
                    break;
                case 'H':
                    break;
                case 'V':
                    plain[n++] = 'B';
                    break;
                case 'Z':
                    plain[n++] = 'S';
                    break;
                case 'W':
                    plain[n++] = 'U';
                    break;
                default:
                    plain[n++] = c;
                    break;
            }
        }

        return n;
    }

    /// <summary>The context rules on simplified letters, then the prothetic e. Returns the key's length.</summary>
    private static int Encode(ReadOnlySpan<char> s, Span<char> key)
    {
        var k = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = At(s, i + 1);
            switch (c)
            {
                case 'C' when next == 'H':
                    Put(key, ref k, 'C');
                    Put(key, ref k, 'H');
                    i++;
                    break;
                case 'C':
                    Put(key, ref k, next is 'E' or 'I' or 'Y' ? 'S' : 'K');
                    break;
                case 'Q':
                    Put(key, ref k, 'K');
                    // The u of que, qui is silent.
                    if (next == 'U' && At(s, i + 2) is 'E' or 'I' or 'Y')
                    {
                        i++;
                    }

                    break;
                case 'G':
                    // Decided on what the next letter becomes, not what it is, so that the key of a key is itself.
                    Put(key, ref k, BecomesFrontVowel(s, i + 1) ? 'J' : 'G');
                    break;
                case 'X' when IsVowel(next) && (i == 0 || IsVowel(s[i - 1])):
                    // Mexican x = j at the start or between vowels: XIMENA, MEXIA, OAXACA; elsewhere ks (FELIX).
                    Put(key, ref k, 'J');
                    break;
                case 'X':
                    Put(key, ref k, 'K');
                    Put(key, ref k, 'S');
                    break;
                case 'Y':
                    Put(key, ref k, IsVowel(next) ? 'Y' : 'I');
                    break;
                case 'L' when next == 'L':
                    // Yeísmo: ll sounds as y, and like y it is the vowel i where no vowel follows.
                    Put(key, ref k, IsVowel(At(s, i + 2)) ? 'Y' : 'I');
                    i++;
                    break;
                default:
                    Put(key, ref k, c);
                    break;
            }
        }

        // A prothetic e before s and a consonant (ESTEFANY, STEFANY; ESPINOZA, SPINOSA) is dropped.
        if (k >= 3 && key[0] == 'E' && key[1] == 'S' && !IsVowel(key[2]))
        {
            key[1..k].CopyTo(key);
            k--;
        }

        return k;
    }

    private static bool BecomesFrontVowel(ReadOnlySpan<char> s, int j) => At(s, j) switch
    {
        'E' or 'I' => true,
        'Y' => !IsVowel(At(s, j + 1)),
        'L' => At(s, j + 1) == 'L' && !IsVowel(At(s, j + 2)),
        _ => false,
    };

    private static void Put(Span<char> key, ref int k, char c)
    {
        // Double letters collapse: RR, SS (and S from Z next to S), NN.
        if (k == 0 || key[k - 1] != c)
        {
            key[k++] = c;
        }
    }

    private static char At(ReadOnlySpan<char> s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static string Fold(string token)
    {
        var source = NameText.Prepare(token);
        var folded = new char[source.Length * 2];
        var pieces = new NamePiece[source.Length + 1];
        var count = NameText.Scan(source, folded, pieces);
        var builder = new StringBuilder(source.Length);
        foreach (var piece in pieces.AsSpan(0, count))
        {
            builder.Append(folded, piece.Start, piece.Length);
        }

        return builder.ToString();
    }
}
