using NSec.Cryptography;

namespace Habeas.Ledger;

/// <summary>
/// Ed25519 (RFC 8032) through NSec/libsodium, which the BCL lacks. Keys live only for one operation: the
/// 32-byte seed is the private key's only form (RFC 8032 §5.1.5).
/// </summary>
internal static class Ed25519
{
    public const int SeedSize = 32;
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    public static byte[] PublicKeyOf(ReadOnlySpan<byte> seed)
    {
        using var key = Import(seed);
        return key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    public static byte[] Sign(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> message)
    {
        using var key = Import(seed);
        return Algorithm.Sign(key, message);
    }

    /// <summary>False, never an exception, for a key or signature of the wrong length or a key that does not import.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        return PublicKey.TryImport(Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var key)
            && key is not null
            && Algorithm.Verify(key, message, signature);
    }

    private static Key Import(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedSize} bytes; got {seed.Length}.", nameof(seed));
        }

        return Key.Import(Algorithm, seed, KeyBlobFormat.RawPrivateKey);
    }
}
