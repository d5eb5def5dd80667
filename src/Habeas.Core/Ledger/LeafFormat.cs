using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Habeas.Core.Ledger;

/// <summary>
/// The bytes the log commits to for one event (docs/ledger.md): a leaf that names the event's sequence and type
/// and commits to its content without revealing it, so the tree can be published and witnessed publicly.
/// <code>
/// commitment = SHA-256(salt[32] ‖ canonical event bytes)
/// leaf       = 0x01 ‖ uint64-BE sequence ‖ uint8 len(type) ‖ type (ASCII) ‖ commitment[32]
/// leaf hash  = SHA-256(0x00 ‖ leaf)                         (RFC 6962 §2.1)
/// </code>
/// </summary>
public static class LeafFormat
{
    public const byte Version = 0x01;
    public const int SaltSize = 32;

    public static byte[] Commitment(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> canonicalEvent)
    {
        if (salt.Length != SaltSize)
        {
            throw new ArgumentException($"A salt is {SaltSize} bytes, got {salt.Length}.", nameof(salt));
        }

        var message = System.Buffers.ArrayPool<byte>.Shared.Rent(SaltSize + canonicalEvent.Length);
        try
        {
            salt.CopyTo(message);
            canonicalEvent.CopyTo(message.AsSpan(SaltSize));
            return SHA256.HashData(message.AsSpan(0, SaltSize + canonicalEvent.Length));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(message);
        }
    }

    public static byte[] Leaf(long sequence, string type, ReadOnlySpan<byte> commitment)
    {
        ArgumentNullException.ThrowIfNull(type);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        if (typeBytes.Length > byte.MaxValue || commitment.Length != 32)
        {
            throw new ArgumentException("A leaf needs a type of at most 255 ASCII bytes and a 32-byte commitment.");
        }

        var leaf = new byte[1 + 8 + 1 + typeBytes.Length + 32];
        leaf[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(leaf.AsSpan(1), sequence);
        leaf[9] = (byte)typeBytes.Length;
        typeBytes.CopyTo(leaf, 10);
        commitment.CopyTo(leaf.AsSpan(10 + typeBytes.Length));
        return leaf;
    }
}
