using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Habeas.Domain.Serialization;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): object members sorted by their UTF-16 code units, no
/// whitespace, strings escaped minimally, numbers in the ECMAScript shortest form. Equal events give equal
/// bytes, which is what the ledger commits to and what the state digest hashes.
/// </summary>
public static class CanonicalJson
{
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();

    /// <summary>Canonical UTF-8 bytes of <paramref name="element"/>.</summary>
    /// <exception cref="FormatException">An object has the same member twice, or a number is out of range.</exception>
    public static byte[] Serialize(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(element, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the canonical form of <paramref name="element"/> to <paramref name="output"/>.</summary>
    public static void Write(JsonElement element, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                output.Write("["u8);
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    first = false;
                    Write(item, output);
                }

                output.Write("]"u8);
                break;
            case JsonValueKind.String:
                // Fast path: a string written without escapes is already canonical (RFC 8785 escapes only '"',
                // '\\' and control characters, which JSON forbids unescaped), so its raw UTF-8 is copied.
                var raw = JsonMarshal.GetRawUtf8Value(element);
                if (raw.IndexOf((byte)'\\') < 0)
                {
                    output.Write(raw);
                }
                else
                {
                    WriteString(element.GetString()!, output);
                }

                break;
            case JsonValueKind.Number:
                var digits = JsonMarshal.GetRawUtf8Value(element);
                if (IsPlainInteger(digits))
                {
                    output.Write(digits);
                }
                else
                {
                    WriteAscii(FormatNumber(element), output);
                }

                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            default:
                throw new FormatException($"Cannot canonicalise a JSON value of kind {element.ValueKind}.");
        }
    }

    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var members = new (string Name, JsonElement Value)[element.GetPropertyCount()];
        var n = 0;
        foreach (var p in element.EnumerateObject())
        {
            members[n++] = (p.Name, p.Value);
        }

        // RFC 8785 §3.2.3: sort by the UTF-16 code units of the names; ordinal comparison of .NET strings is exactly that.
        Array.Sort(members, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        output.Write("{"u8);
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                if (members[i].Name == members[i - 1].Name)
                {
                    throw new FormatException($"The field '{members[i].Name}' appears twice in one object.");
                }

                output.Write(","u8);
            }

            WriteString(members[i].Name, output);
            output.Write(":"u8);
            Write(members[i].Value, output);
        }

        output.Write("}"u8);
    }

    /// <summary>An integer literal that is already its ECMAScript form: no sign but '-', no leading zero, at most 15 digits.</summary>
    private static bool IsPlainInteger(ReadOnlySpan<byte> text)
    {
        var digits = text.Length > 0 && text[0] == (byte)'-' ? text[1..] : text;
        if (digits.Length is 0 or > 15 || (digits[0] == (byte)'0' && (digits.Length > 1 || text.Length > 1)))
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteString(string value, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length) * 2 + 2);
        var n = 0;
        span[n++] = (byte)'"';
        foreach (var rune in value.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '"': span[n++] = (byte)'\\'; span[n++] = (byte)'"'; break;
                case '\\': span[n++] = (byte)'\\'; span[n++] = (byte)'\\'; break;
                case '\b': span[n++] = (byte)'\\'; span[n++] = (byte)'b'; break;
                case '\f': span[n++] = (byte)'\\'; span[n++] = (byte)'f'; break;
                case '\n': span[n++] = (byte)'\\'; span[n++] = (byte)'n'; break;
                case '\r': span[n++] = (byte)'\\'; span[n++] = (byte)'r'; break;
                case '\t': span[n++] = (byte)'\\'; span[n++] = (byte)'t'; break;
                case < 0x20:
                    "\\u00"u8.CopyTo(span[n..]);
                    n += 4;
                    span[n++] = HexDigits[c >> 4];
                    span[n++] = HexDigits[c & 0xF];
                    break;
                default:
                    n += rune.EncodeToUtf8(span[n..]);
                    break;
            }
        }

        span[n++] = (byte)'"';
        output.Advance(n);
    }

    private static void WriteAscii(string text, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        output.Advance(text.Length);
    }

    /// <summary>ECMAScript Number.prototype.toString of the IEEE 754 double the literal denotes (RFC 8785 §3.2.2.3).</summary>
    internal static string FormatNumber(JsonElement number)
    {
        if (number.TryGetInt64(out var integer) && Math.Abs(integer) < (1L << 53))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        var d = number.GetDouble();
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new FormatException($"The number {number.GetRawText()} is outside the range of IEEE 754 doubles.");
        }

        return FormatDouble(d);
    }

    internal static string FormatDouble(double d)
    {
        if (d == 0)
        {
            return "0";
        }

        // "E16" is not shortest; "R" is the shortest round-trip form on .NET Core 3.0 and later.
        var r = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        string digits;
        int exponent; // value = 0.digits × 10^exponent
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? r : r[..e];
        var exp10 = e < 0 ? 0 : int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        exponent = intPart.Length - leadingZeros + exp10;
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var n = exponent;
        var sb = new StringBuilder(d < 0 ? "-" : string.Empty);
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
