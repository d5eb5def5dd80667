namespace Habeas.Synthetic;

/// <summary>One-edit slips in an A-number, among its significant digits (never turning the first into a zero).</summary>
internal static class ANumberSlips
{
    public static int ReplaceDigit(int number, ref SeededRandom random)
    {
        Span<char> digits = stackalloc char[10];
        var length = Digits(number, digits);
        var at = random.Next(length);
        var low = at == 0 ? 1 : 0;
        char replacement;
        do
        {
            replacement = (char)('0' + random.Next(low, 10));
        }
        while (replacement == digits[at]);

        digits[at] = replacement;
        return int.Parse(digits[..length], provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool CanTranspose(int number)
    {
        Span<char> digits = stackalloc char[10];
        var length = Digits(number, digits);
        for (var i = 0; i + 1 < length; i++)
        {
            if (Swappable(digits, i))
            {
                return true;
            }
        }

        return false;
    }

    public static int Transpose(int number, ref SeededRandom random)
    {
        Span<char> digits = stackalloc char[10];
        var length = Digits(number, digits);
        var seen = 0;
        var chosen = 0;
        for (var i = 0; i + 1 < length; i++)
        {
            if (Swappable(digits, i) && random.Next(++seen) == 0)
            {
                chosen = i;
            }
        }

        (digits[chosen], digits[chosen + 1]) = (digits[chosen + 1], digits[chosen]);
        return int.Parse(digits[..length], provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Swappable(ReadOnlySpan<char> digits, int i) =>
        digits[i] != digits[i + 1] && !(i == 0 && digits[1] == '0');

    private static int Digits(int number, Span<char> digits)
    {
        number.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return written;
    }
}
