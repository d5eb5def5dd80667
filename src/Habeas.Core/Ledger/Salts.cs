using System.Security.Cryptography;

namespace Habeas.Core.Ledger;

/// <summary>
/// Fresh 32-byte salts from the system's cryptographic generator, fetched a thousand at a time per thread (one
/// system call instead of a thousand); every salt is still independent and never reused.
/// </summary>
internal static class Salts
{
    private const int Batch = 1024;

    [ThreadStatic]
    private static byte[]? t_buffer;

    [ThreadStatic]
    private static int t_used;

    public static byte[] Next()
    {
        if (t_buffer is null || t_used == Batch)
        {
            t_buffer ??= new byte[LeafFormat.SaltSize * Batch];
            RandomNumberGenerator.Fill(t_buffer);
            t_used = 0;
        }

        var salt = t_buffer.AsSpan(t_used * LeafFormat.SaltSize, LeafFormat.SaltSize).ToArray();
        // Wipe what was handed out, so no salt stays behind in the buffer.
        t_buffer.AsSpan(t_used++ * LeafFormat.SaltSize, LeafFormat.SaltSize).Clear();
        return salt;
    }
}
