using System.Security.Cryptography;

namespace Habeas.Ledger;

/// <summary>
/// The Merkle tree hash functions of RFC 6962 §2.1 (RFC 9162 §2.1.1), with SHA-256: a leaf hash is
/// <c>SHA-256(0x00 ‖ data)</c>, an interior node hash is <c>SHA-256(0x01 ‖ left ‖ right)</c>, and the root of
/// the empty tree is <c>SHA-256("")</c>. The distinct prefixes keep a leaf from ever being read as a node
/// (the second-preimage defence of RFC 6962 §2.1).
/// </summary>
/// <remarks>Every hash is <see cref="Size"/> (32) bytes. All members are thread-safe and allocation-light.</remarks>
public static class TreeHash
{
    /// <summary>The length of every tree hash, in bytes (SHA-256).</summary>
    public const int Size = 32;

    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    // Leaves up to this many bytes are hashed from a stack buffer; larger ones are streamed.
    private const int StackLeafLimit = 1024;

    private static readonly byte[] EmptyRoot = SHA256.HashData([]);

    /// <summary>
    /// The root of the empty tree, <c>MTH({}) = SHA-256("")</c> (RFC 6962 §2.1), as a fresh 32-byte array.
    /// </summary>
    public static byte[] Empty => (byte[])EmptyRoot.Clone();

    /// <summary>The root of the empty tree, without a copy.</summary>
    internal static ReadOnlySpan<byte> EmptySpan => EmptyRoot;

    /// <summary>The leaf hash <c>SHA-256(0x00 ‖ data)</c> of one log entry (RFC 6962 §2.1).</summary>
    /// <param name="data">The entry's bytes; any length, including zero.</param>
    /// <returns>A new 32-byte array.</returns>
    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        var hash = new byte[Size];
        Leaf(data, hash);
        return hash;
    }

    /// <summary>Writes the leaf hash <c>SHA-256(0x00 ‖ data)</c> into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public static void Leaf(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        CheckDestination(destination);
        if (data.Length < StackLeafLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLeafLimit];
            buffer[0] = LeafPrefix;
            data.CopyTo(buffer[1..]);
            Sha256.Hash(buffer[..(data.Length + 1)], destination);
            return;
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData([LeafPrefix]);
        sha.AppendData(data);
        sha.GetHashAndReset(destination);
    }

    /// <summary>The interior node hash <c>SHA-256(0x01 ‖ left ‖ right)</c> (RFC 6962 §2.1).</summary>
    /// <param name="left">The 32-byte hash of the left subtree.</param>
    /// <param name="right">The 32-byte hash of the right subtree.</param>
    /// <returns>A new 32-byte array.</returns>
    /// <exception cref="ArgumentException">Either child is not 32 bytes.</exception>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[Size];
        Node(left, right, hash);
        return hash;
    }

    /// <summary>
    /// Writes the node hash <c>SHA-256(0x01 ‖ left ‖ right)</c> into <paramref name="destination"/>, which may
    /// overlap either child (the children are copied before hashing).
    /// </summary>
    /// <exception cref="ArgumentException">A child is not 32 bytes, or the destination is shorter than 32 bytes.</exception>
    public static void Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        if (left.Length != Size)
        {
            throw new ArgumentException($"A tree hash is {Size} bytes; the left child has {left.Length}.", nameof(left));
        }

        if (right.Length != Size)
        {
            throw new ArgumentException($"A tree hash is {Size} bytes; the right child has {right.Length}.", nameof(right));
        }

        CheckDestination(destination);
        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = NodePrefix;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        Sha256.Hash(buffer, destination);
    }

    private static void CheckDestination(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException($"The destination must hold {Size} bytes; it has {destination.Length}.", nameof(destination));
        }
    }
}
