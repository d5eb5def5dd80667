namespace Habeas.Matching.Normalisation;

/// <summary>
/// A-numbers (alien registration numbers) as sources write them: A-123-456-789, 123456789, A 12345678, a#012345678.
/// Normalised, an A-number is nine ASCII digits; eight-digit numbers (the older series) are zero-padded.
/// </summary>
public static class ANumbers
{
    /// <summary>
    /// The nine digits of an A-number (an eight-digit one zero-padded), or false when it is not one: fewer than eight
    /// or more than nine digits, a character other than digits, the letter A and the separators - . # and space, or
    /// all zeros (a placeholder, never an assigned number).
    /// </summary>
    public static bool TryNormalise(string? text, out string nineDigits)
    {
        nineDigits = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[9];
        var count = 0;
        var nonZero = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 9)
                {
                    return false;
                }

                nonZero |= c != '0';
                buffer[count++] = c;
            }
            else if (c is not ('A' or 'a' or '-' or ' ' or '.' or '#'))
            {
                return false;
            }
        }

        if (count < 8 || !nonZero)
        {
            return false;
        }

        if (count == 8)
        {
            buffer[..8].CopyTo(buffer[1..]);
            buffer[0] = '0';
        }

        nineDigits = new string(buffer);
        return true;
    }

    /// <summary>
    /// How far apart two normalised A-numbers are: 0 when equal, 1 for one digit substituted or two adjacent digits
    /// transposed (the typos of a hand-copied number), 2 for anything more. Allocates nothing.
    /// A distance of 1 is not a match on its own: siblings are often given consecutive numbers, and 123456788 and
    /// 123456789 are one substitution apart. The comparator must weigh it with the name and date of birth.
    /// </summary>
    /// <exception cref="ArgumentException">Either is not nine ASCII digits (normalise with <see cref="TryNormalise"/>).</exception>
    public static int Distance(string a, string b)
    {
        Check(a, nameof(a));
        Check(b, nameof(b));
        return Comparison.IdDistance.Of(a, b);
    }

    private static void Check(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Length != 9 || value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"'{value}' is not a normalised A-number (nine digits).", name);
        }
    }
}
