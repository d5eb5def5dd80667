using System.Globalization;
using System.Security.Cryptography;

namespace Habeas.Ledger;

/// <summary>
/// A C2SP signed-note private key: Ed25519 (signature type 0x01) for signing notes such as checkpoints, or
/// a cosignature/v1 witness key (type 0x04, C2SP tlog-cosignature), which signs only through
/// <see cref="Cosignature.Sign"/>. Its text form is
/// <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex8 key ID&gt;+&lt;base64(type ‖ 32-byte seed)&gt;</c>.
/// </summary>
/// <remarks>
/// The key ID is the first four bytes, big-endian, of <c>SHA-256(name ‖ 0x0A ‖ type ‖ public key)</c> (C2SP
/// signed-note). <see cref="PrivateKey"/> is secret: never log or print it. Immutable and thread-safe.
/// </remarks>
public sealed class NoteSigner
{
    /// <summary>Signature type 0x01: Ed25519 over the note text (C2SP signed-note).</summary>
    public const byte Ed25519Algorithm = 0x01;

    /// <summary>Signature type 0x04: timestamped Ed25519 witness cosignatures (C2SP tlog-cosignature, cosignature/v1).</summary>
    public const byte CosignatureAlgorithm = 0x04;

    private const string PrivatePrefix = "PRIVATE+KEY+";

    private readonly byte[] _seed;
    private readonly byte[] _publicKey;

    private NoteSigner(string name, byte algorithm, ReadOnlySpan<byte> seed)
    {
        if (!NoteFormat.IsValidKeyName(name))
        {
            throw new ArgumentException("A key name is non-empty, with no spaces, '+' or control characters (C2SP signed-note).", nameof(name));
        }

        if (algorithm is not (Ed25519Algorithm or CosignatureAlgorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Supported signature types are 0x01 (Ed25519) and 0x04 (cosignature/v1).");
        }

        _seed = seed.ToArray();
        _publicKey = Ed25519.PublicKeyOf(seed);
        Name = name;
        Algorithm = algorithm;
        KeyId = NoteFormat.KeyId(name, algorithm, _publicKey);
    }

    /// <summary>The key name, as it appears in signature lines.</summary>
    public string Name { get; }

    /// <summary>The key ID (see the type's remarks).</summary>
    public uint KeyId { get; }

    /// <summary>The signature type: <see cref="Ed25519Algorithm"/> or <see cref="CosignatureAlgorithm"/>.</summary>
    public byte Algorithm { get; }

    /// <summary>The private key in its text form. Secret.</summary>
    public string PrivateKey => PrivatePrefix + Name + "+" + KeyId.ToString("x8", CultureInfo.InvariantCulture) + "+" + Convert.ToBase64String([Algorithm, .. _seed]);

    /// <summary>The matching verifier key, <c>&lt;name&gt;+&lt;hex8&gt;+&lt;base64(type ‖ public key)&gt;</c>.</summary>
    public string VerifierKey => Verifier.VerifierKey;

    /// <summary>The matching verifier.</summary>
    public NoteVerifier Verifier => NoteVerifier.Create(Name, _publicKey, Algorithm);

    /// <summary>A new key from 32 random bytes.</summary>
    /// <exception cref="ArgumentException">The name is not a valid key name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The algorithm is not 0x01 or 0x04.</exception>
    public static NoteSigner Generate(string name, byte algorithm = Ed25519Algorithm)
    {
        var seed = RandomNumberGenerator.GetBytes(Ed25519.SeedSize);
        try
        {
            return new NoteSigner(name, algorithm, seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>The key with the given 32-byte Ed25519 seed (RFC 8032 §5.1.5 private key).</summary>
    /// <exception cref="ArgumentException">The name is invalid or the seed is not 32 bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The algorithm is not 0x01 or 0x04.</exception>
    public static NoteSigner Create(string name, ReadOnlySpan<byte> seed, byte algorithm = Ed25519Algorithm)
    {
        if (seed.Length != Ed25519.SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {Ed25519.SeedSize} bytes; got {seed.Length}.", nameof(seed));
        }

        return new NoteSigner(name, algorithm, seed);
    }

    /// <summary>Parses <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex8&gt;+&lt;base64(type ‖ seed)&gt;</c>.</summary>
    /// <exception cref="FormatException">The text is malformed, the type unsupported, or the key ID does not match the key.</exception>
    public static NoteSigner Parse(string skey)
    {
        ArgumentNullException.ThrowIfNull(skey);
        if (!skey.StartsWith(PrivatePrefix, StringComparison.Ordinal))
        {
            throw new FormatException("A private key starts with \"PRIVATE+KEY+\".");
        }

        // The name holds no '+', the base64 may: split into exactly three parts.
        var parts = skey[PrivatePrefix.Length..].Split('+', 3);
        if (parts.Length != 3 || !NoteFormat.IsValidKeyName(parts[0]))
        {
            throw new FormatException("A private key is PRIVATE+KEY+<name>+<hex8 key ID>+<base64 key>, with a valid key name.");
        }

        if (!NoteFormat.TryParseKeyId(parts[1], out var keyId))
        {
            throw new FormatException("The private key's key ID is not 8 hex digits.");
        }

        if (!NoteFormat.TryDecodeBase64(parts[2], out var key) || key.Length != 1 + Ed25519.SeedSize)
        {
            throw new FormatException("The private key's material is not base64 of a type byte and a 32-byte seed.");
        }

        try
        {
            if (key[0] is not (Ed25519Algorithm or CosignatureAlgorithm))
            {
                throw new FormatException($"Unsupported private key type 0x{key[0]:x2}; supported are 0x01 (Ed25519) and 0x04 (cosignature/v1).");
            }

            var signer = new NoteSigner(parts[0], key[0], key.AsSpan(1));
            return signer.KeyId == keyId
                ? signer
                : throw new FormatException($"The private key's key ID {parts[1]} does not match its key ({signer.KeyId:x8}).");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The 64-byte Ed25519 signature (RFC 8032) of <paramref name="message"/>. Deterministic.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => Ed25519.Sign(_seed, message);

    /// <summary>The key's name and ID, never its secret.</summary>
    public override string ToString() => Name + "+" + KeyId.ToString("x8", CultureInfo.InvariantCulture);
}
