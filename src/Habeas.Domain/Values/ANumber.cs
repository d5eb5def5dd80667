namespace Habeas.Domain.Values;

/// <summary>
/// An alien registration number (A-number), stored as <c>A</c> followed by nine digits (<c>A123456789</c>).
/// Accepts the forms sources use: <c>A-123-456-789</c>, <c>123456789</c>, <c>A 12345678</c> (eight-digit
/// numbers are the older series and are padded with a leading zero, as USCIS does).
/// </summary>
public sealed record ANumber
{
    /// <summary>The canonical form, <c>A</c> and nine digits.</summary>
    public string Value { get; }

    private ANumber(string value) => Value = value;

    /// <exception cref="ArgumentException">The text does not hold 8 or 9 digits.</exception>
    public static ANumber Parse(string text) =>
        TryParse(text, out var a)
            ? a
            : throw new ArgumentException($"'{text}' is not an A-number: expected 8 or 9 digits, optionally after 'A' (A-123-456-789).", nameof(text));

    /// <summary>Parses any accepted form; separators are spaces, hyphens and dots.</summary>
    public static bool TryParse(string? text, out ANumber number)
    {
        number = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> digits = stackalloc char[9];
        var count = 0;
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'A' || span[0] == 'a'))
        {
            span = span[1..];
        }

        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 9)
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (c is not ('-' or ' ' or '.'))
            {
                return false;
            }
        }

        if (count == 8)
        {
            number = new ANumber("A0" + new string(digits[..8]));
            return true;
        }

        if (count == 9)
        {
            number = new ANumber("A" + new string(digits));
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
