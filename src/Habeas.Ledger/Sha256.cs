namespace Habeas.Ledger;

/// <summary>
/// SHA-256 for tree hashing, picked by input length. Measured on the 2-core development machine (x64, OpenSSL 3.0.19, .NET 10, Release):
/// one 65-byte node hash costs ≈ 1.5 µs through <see cref="System.Security.Cryptography.SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>
/// (per-call EVP overhead ≈ 1.4 µs, then ≈ 1.8 ns/byte) but ≈ 1.0 µs through libsodium via NSec (overhead ≈ 0.3 µs,
/// ≈ 10 ns/byte). Below 128 bytes libsodium is faster, above it OpenSSL; both are standard SHA-256 (FIPS 180-4),
/// and the tests check the two against each other.
/// </summary>
internal static class Sha256
{
    /// <summary>Inputs up to this many bytes go through libsodium.</summary>
    public const int SmallInputLimit = 128;

    private static readonly NSec.Cryptography.HashAlgorithm Sodium = NSec.Cryptography.HashAlgorithm.Sha256;

    public static void Hash(ReadOnlySpan<byte> input, Span<byte> destination)
    {
        if (input.Length <= SmallInputLimit)
        {
            Sodium.Hash(input, destination[..TreeHash.Size]);
        }
        else
        {
            System.Security.Cryptography.SHA256.HashData(input, destination);
        }
    }
}
