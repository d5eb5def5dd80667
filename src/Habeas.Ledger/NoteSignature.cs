using System.Buffers.Binary;

namespace Habeas.Ledger;

/// <summary>
/// One signature line of a C2SP signed note, <c>— &lt;name&gt; base64(key ID ‖ signature)</c>: the key name, the
/// 4-byte key ID, and the signature bytes after it (64 for Ed25519; 8-byte timestamp ‖ 64 for cosignature/v1).
/// </summary>
/// <param name="Name">The key name: non-empty, no spaces, no '+'.</param>
/// <param name="KeyId">The key ID (big-endian in the line).</param>
/// <param name="Signature">The raw signature bytes after the key ID; at least one byte. Copied.</param>
/// <exception cref="ArgumentException">The name is invalid or the signature empty.</exception>
public sealed record NoteSignature(string Name, uint KeyId, byte[] Signature)
{
    /// <summary>The key name.</summary>
    public string Name { get; init => field = CheckName(value, nameof(Name)); } = CheckName(Name, nameof(Name));

    /// <summary>The raw signature bytes after the key ID (a fresh copy).</summary>
    public byte[] Signature { get => (byte[])field.Clone(); init => field = CheckSignature(value, nameof(Signature)); } = CheckSignature(Signature, nameof(Signature));

    /// <summary>The signature line, <c>— name base64(keyid ‖ signature)</c>, with its final newline.</summary>
    public string Format()
    {
        var signature = Signature;
        var payload = new byte[4 + signature.Length];
        BinaryPrimitives.WriteUInt32BigEndian(payload, KeyId);
        signature.CopyTo(payload, 4);
        return NoteFormat.SignaturePrefix + Name + " " + Convert.ToBase64String(payload) + "\n";
    }

    /// <inheritdoc/>
    public bool Equals(NoteSignature? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && KeyId == other.KeyId
        && Signature.AsSpan().SequenceEqual(other.Signature);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(KeyId);
        hash.AddBytes(Signature);
        return hash.ToHashCode();
    }

    /// <summary>Parses one line (without its newline): <c>— name base64</c>; null when malformed.</summary>
    internal static NoteSignature? TryParseLine(string line)
    {
        if (!line.StartsWith(NoteFormat.SignaturePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = line[NoteFormat.SignaturePrefix.Length..];
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var name = rest[..space];
        if (!NoteFormat.IsValidKeyName(name) || !NoteFormat.TryDecodeBase64(rest[(space + 1)..], out var payload) || payload.Length < 5)
        {
            return null;
        }

        return new NoteSignature(name, BinaryPrimitives.ReadUInt32BigEndian(payload), payload[4..]);
    }

    private static string CheckName(string name, string paramName) =>
        NoteFormat.IsValidKeyName(name) ? name : throw new ArgumentException("A key name is non-empty, with no spaces, '+' or control characters.", paramName);

    private static byte[] CheckSignature(byte[] signature, string paramName) =>
        signature is { Length: > 0 } ? (byte[])signature.Clone() : throw new ArgumentException("A signature holds at least one byte.", paramName);
}
