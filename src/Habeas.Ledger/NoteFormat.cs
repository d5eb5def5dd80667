using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Habeas.Ledger;

/// <summary>The lexical rules shared by C2SP signed notes, keys, checkpoints and proofs.</summary>
internal static class NoteFormat
{
    /// <summary>The start of every signature line: em dash (U+2014) and a space (C2SP signed-note, "Format").</summary>
    public const string SignaturePrefix = "\u2014 ";

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Key names are non-empty and hold no Unicode space and no '+' (C2SP signed-note, "Format"); like all note
    /// text, no control character either.
    /// </summary>
    public static bool IsValidKeyName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !IsWellFormed(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c == '+' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Note text must be valid UTF-8 (so well-formed UTF-16 here) with no ASCII control character other than
    /// newline (C2SP signed-note, "Format").
    /// </summary>
    public static bool IsValidNoteText(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 && c != '\n')
            {
                return false;
            }
        }

        return IsWellFormed(text);
    }

    /// <summary>A line of note text: non-empty, no newline, no control characters.</summary>
    public static bool IsValidLine(string line) =>
        line.Length > 0 && !line.Contains('\n', StringComparison.Ordinal) && IsValidNoteText(line);

    /// <summary>
    /// Decodes standard, padded base64 (RFC 4648 §4) strictly: no whitespace, no missing padding, and only the
    /// canonical encoding of the bytes (so one value has one text, as signatures and roots require).
    /// </summary>
    public static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 != 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/'
                || (c == '=' && i >= text.Length - 2 && (i == text.Length - 1 || text[^1] == '='));
            if (!ok)
            {
                return false;
            }
        }

        var decoded = Convert.FromBase64String(text);
        if (!string.Equals(Convert.ToBase64String(decoded), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }

    /// <summary>
    /// The key ID of C2SP signed-note: the first four bytes, big-endian, of
    /// <c>SHA-256(name ‖ 0x0A ‖ type ‖ public key)</c>.
    /// </summary>
    public static uint KeyId(string name, byte algorithm, ReadOnlySpan<byte> publicKey)
    {
        var nameBytes = Utf8.GetBytes(name);
        var input = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(input, 0);
        input[nameBytes.Length] = (byte)'\n';
        input[nameBytes.Length + 1] = algorithm;
        publicKey.CopyTo(input.AsSpan(nameBytes.Length + 2));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }

    /// <summary>Parses the 8 hex digits of a key ID.</summary>
    public static bool TryParseKeyId(string text, out uint keyId)
    {
        keyId = 0;
        return text.Length == 8
            && text.All(char.IsAsciiHexDigit)
            && uint.TryParse(text, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out keyId);
    }

    /// <summary>Parses an ASCII decimal with no sign and no leading zeroes (unless it is "0").</summary>
    public static bool TryParseDecimal(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
