using System.Globalization;

namespace Habeas.Ledger;

/// <summary>
/// A C2SP signed-note verifier key, <c>&lt;name&gt;+&lt;hex8 key ID&gt;+&lt;base64(type ‖ public key)&gt;</c>:
/// Ed25519 (type 0x01) or a cosignature/v1 witness key (type 0x04, C2SP tlog-cosignature).
/// </summary>
/// <remarks>
/// A key is identified by its name and key ID together; the key ID must equal the first four bytes of
/// <c>SHA-256(name ‖ 0x0A ‖ type ‖ public key)</c>. Immutable and thread-safe.
/// </remarks>
public sealed class NoteVerifier
{
    private readonly byte[] _publicKey;

    private NoteVerifier(string name, byte algorithm, byte[] publicKey)
    {
        Name = name;
        Algorithm = algorithm;
        _publicKey = publicKey;
        KeyId = NoteFormat.KeyId(name, algorithm, publicKey);
    }

    /// <summary>The key name, as it appears in signature lines.</summary>
    public string Name { get; }

    /// <summary>The key ID.</summary>
    public uint KeyId { get; }

    /// <summary>The signature type: 0x01 (Ed25519) or 0x04 (cosignature/v1).</summary>
    public byte Algorithm { get; }

    /// <summary>The 32-byte Ed25519 public key (a fresh copy).</summary>
    public byte[] PublicKey => (byte[])_publicKey.Clone();

    /// <summary>The key's text form.</summary>
    public string VerifierKey => Name + "+" + KeyId.ToString("x8", CultureInfo.InvariantCulture) + "+" + Convert.ToBase64String([Algorithm, .. _publicKey]);

    /// <summary>Parses a verifier key.</summary>
    /// <exception cref="FormatException">The text is malformed, the type unsupported, or the key ID does not match.</exception>
    public static NoteVerifier Parse(string vkey)
    {
        ArgumentNullException.ThrowIfNull(vkey);

        // The name holds no '+', the base64 may: split into exactly three parts.
        var parts = vkey.Split('+', 3);
        if (parts.Length != 3)
        {
            throw new FormatException("A verifier key is <name>+<hex8 key ID>+<base64 key>.");
        }

        if (!NoteFormat.IsValidKeyName(parts[0]))
        {
            throw new FormatException("The verifier key's name is empty or holds spaces, '+' or control characters.");
        }

        if (!NoteFormat.TryParseKeyId(parts[1], out var keyId))
        {
            throw new FormatException("The verifier key's key ID is not 8 hex digits.");
        }

        if (!NoteFormat.TryDecodeBase64(parts[2], out var key) || key.Length == 0)
        {
            throw new FormatException("The verifier key's material is not standard padded base64.");
        }

        if (key[0] is not (NoteSigner.Ed25519Algorithm or NoteSigner.CosignatureAlgorithm))
        {
            throw new FormatException($"Unsupported verifier key type 0x{key[0]:x2}; supported are 0x01 (Ed25519) and 0x04 (cosignature/v1).");
        }

        if (key.Length != 1 + Ed25519.PublicKeySize)
        {
            throw new FormatException($"An Ed25519 verifier key holds a 32-byte public key; this one holds {key.Length - 1} bytes.");
        }

        var verifier = new NoteVerifier(parts[0], key[0], key[1..]);
        return verifier.KeyId == keyId
            ? verifier
            : throw new FormatException($"The verifier key's key ID {parts[1]} does not match its name and key ({verifier.KeyId:x8}).");
    }

    /// <summary>The verifier for a raw 32-byte Ed25519 public key.</summary>
    /// <exception cref="ArgumentException">The name is invalid or the key is not 32 bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The algorithm is not 0x01 or 0x04.</exception>
    public static NoteVerifier Create(string name, ReadOnlySpan<byte> publicKey, byte algorithm = NoteSigner.Ed25519Algorithm)
    {
        if (!NoteFormat.IsValidKeyName(name))
        {
            throw new ArgumentException("A key name is non-empty, with no spaces, '+' or control characters (C2SP signed-note).", nameof(name));
        }

        if (publicKey.Length != Ed25519.PublicKeySize)
        {
            throw new ArgumentException($"An Ed25519 public key is {Ed25519.PublicKeySize} bytes; got {publicKey.Length}.", nameof(publicKey));
        }

        if (algorithm is not (NoteSigner.Ed25519Algorithm or NoteSigner.CosignatureAlgorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Supported signature types are 0x01 (Ed25519) and 0x04 (cosignature/v1).");
        }

        return new NoteVerifier(name, algorithm, publicKey.ToArray());
    }

    /// <summary>Whether <paramref name="signature"/> is this key's Ed25519 signature of <paramref name="message"/>.</summary>
    /// <returns>False, never an exception, for a signature of the wrong length.</returns>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) => Ed25519.Verify(_publicKey, message, signature);

    /// <summary>The verifier key's text form.</summary>
    public override string ToString() => VerifierKey;
}
