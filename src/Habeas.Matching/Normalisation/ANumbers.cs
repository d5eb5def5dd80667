namespace Habeas.Matching.Normalisation;

/// <summary>A-numbers (alien registration numbers) as sources write them: A-123-456-789, 123456789, A 12345678.</summary>
public static class ANumbers
{
    /// <summary>The nine digits of an A-number (an eight-digit one zero-padded), or false when it is not one.</summary>
    public static bool TryNormalise(string? text, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[9];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 9)
                {
                    return false;
                }

                buffer[count++] = c;
            }
            else if (c is not ('A' or 'a' or '-' or ' ' or '.' or '#'))
            {
                return false;
            }
        }

        if (count < 8)
        {
            return false;
        }

        digits = count == 8 ? "0" + new string(buffer[..8]) : new string(buffer);
        return true;
    }
}
