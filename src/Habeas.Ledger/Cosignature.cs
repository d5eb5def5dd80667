using System.Buffers.Binary;
using System.Globalization;

namespace Habeas.Ledger;

/// <summary>
/// C2SP tlog-cosignature cosignature/v1: a witness's timestamped Ed25519 signature (key type 0x04) over
/// <c>"cosignature/v1\ntime &lt;unix seconds&gt;\n" ‖ checkpoint body</c>, carried as a signature line whose
/// payload is <c>key ID (4) ‖ timestamp (8, big-endian) ‖ Ed25519 signature (64)</c>.
/// </summary>
/// <remarks>
/// A cosignature states that, at that time, this was the largest consistent tree the witness had seen for the
/// origin. Timestamps are POSIX seconds, 0 to 2^63 − 1.
/// </remarks>
public static class Cosignature
{
    private const int TimestampSize = 8;
    private const int PayloadSize = TimestampSize + Ed25519.SignatureSize;

    /// <summary>Cosigns a checkpoint body.</summary>
    /// <param name="checkpointBody">The checkpoint's note text (not the whole signed note).</param>
    /// <param name="witness">A cosignature/v1 key (type 0x04).</param>
    /// <param name="unixSeconds">The time of signing, in seconds since the Unix epoch.</param>
    /// <returns>The signature line <c>— name base64(keyid ‖ timestamp ‖ signature)\n</c>, for <see cref="SignedNote.AddSignatures"/>.</returns>
    /// <exception cref="ArgumentException">The body is not a valid checkpoint or the key is not type 0x04.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unixSeconds"/> is negative.</exception>
    public static string Sign(string checkpointBody, NoteSigner witness, long unixSeconds)
    {
        ArgumentNullException.ThrowIfNull(checkpointBody);
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentOutOfRangeException.ThrowIfNegative(unixSeconds);
        if (witness.Algorithm != NoteSigner.CosignatureAlgorithm)
        {
            throw new ArgumentException($"Key {witness.Name} is not a cosignature/v1 key (type 0x04).", nameof(witness));
        }

        if (!Checkpoint.TryParse(checkpointBody, out _))
        {
            throw new ArgumentException("A witness cosigns only a valid checkpoint body.", nameof(checkpointBody));
        }

        var payload = new byte[PayloadSize];
        BinaryPrimitives.WriteInt64BigEndian(payload, unixSeconds);
        witness.Sign(Message(checkpointBody, unixSeconds)).CopyTo(payload, TimestampSize);
        return new NoteSignature(witness.Name, witness.KeyId, payload).Format();
    }

    /// <summary>Verifies one cosignature of a checkpoint body by a witness key.</summary>
    /// <param name="checkpointBody">The checkpoint's note text.</param>
    /// <param name="signature">A signature line of the note.</param>
    /// <param name="witness">The witness's cosignature/v1 verifier key (type 0x04).</param>
    /// <param name="unixSeconds">When valid, the cosignature's timestamp; otherwise 0.</param>
    /// <returns>
    /// True when the line is this witness's (same name and key ID) and its signature over the body and the
    /// timestamp verifies; false, never an exception, otherwise (including a body that is not a checkpoint).
    /// </returns>
    public static bool Verify(string checkpointBody, NoteSignature signature, NoteVerifier witness, out long unixSeconds)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(witness);
        unixSeconds = 0;
        var payload = signature.Signature;
        if (checkpointBody is null
            || witness.Algorithm != NoteSigner.CosignatureAlgorithm
            || witness.KeyId != signature.KeyId
            || !string.Equals(witness.Name, signature.Name, StringComparison.Ordinal)
            || payload.Length != PayloadSize
            || !Checkpoint.TryParse(checkpointBody, out _))
        {
            return false;
        }

        var timestamp = BinaryPrimitives.ReadInt64BigEndian(payload);
        if (timestamp < 0 || !witness.Verify(Message(checkpointBody, timestamp), payload.AsSpan(TimestampSize)))
        {
            return false;
        }

        unixSeconds = timestamp;
        return true;
    }

    // C2SP tlog-cosignature, "Ed25519 signed message": two header lines, then the whole checkpoint body.
    private static byte[] Message(string checkpointBody, long unixSeconds) =>
        NoteFormat.Utf8.GetBytes("cosignature/v1\ntime " + unixSeconds.ToString(CultureInfo.InvariantCulture) + "\n" + checkpointBody);
}
