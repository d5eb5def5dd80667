using System.Globalization;
using System.Text;
using CheckpointBody = Habeas.Ledger.Checkpoint;

namespace Habeas.Ledger;

/// <summary>
/// A C2SP tlog-proof (<c>c2sp.org/tlog-proof@v1</c>): an offline-verifiable receipt that an entry is in a log —
/// the entry's index, its RFC 6962 inclusion proof, and the signed checkpoint (with any cosignatures) it proves
/// against, plus optional unauthenticated extra data.
/// </summary>
/// <param name="Index">The entry's zero-based index in the log.</param>
/// <param name="Hashes">The inclusion proof, leaf's sibling first, 32 bytes each (RFC 9162 §2.1.3). Copied.</param>
/// <param name="Checkpoint">The log's signed checkpoint note, verbatim.</param>
/// <param name="Extra">The extra data as its base64 text (after <c>extra </c>), or null. Not authenticated.</param>
/// <exception cref="ArgumentException">A component is malformed: a negative index, a hash not 32 bytes, a checkpoint that is not a signed note with a checkpoint body, or extra data that is not canonical base64.</exception>
public sealed record TlogProof(long Index, IReadOnlyList<byte[]> Hashes, string Checkpoint, string? Extra)
{
    /// <summary>The first line of every proof.</summary>
    public const string Header = "c2sp.org/tlog-proof@v1";

    private const string ExtraPrefix = "extra ";
    private const string IndexPrefix = "index ";

    /// <summary>The entry's zero-based index.</summary>
    public long Index { get; init => field = CheckIndex(value, nameof(Index)); } = CheckIndex(Index, nameof(Index));

    /// <summary>The inclusion proof hashes, leaf's sibling first.</summary>
    public IReadOnlyList<byte[]> Hashes { get; init => field = CheckHashes(value, nameof(Hashes)); } = CheckHashes(Hashes, nameof(Hashes));

    /// <summary>The signed checkpoint note, verbatim.</summary>
    public string Checkpoint { get; init => field = CheckCheckpoint(value, nameof(Checkpoint)); } = CheckCheckpoint(Checkpoint, nameof(Checkpoint));

    /// <summary>The extra data's base64 text, or null.</summary>
    public string? Extra { get; init => field = CheckExtra(value, nameof(Extra)); } = CheckExtra(Extra, nameof(Extra));

    /// <summary>
    /// Parses a proof: the header line; optionally <c>extra &lt;base64&gt;</c>; <c>index &lt;decimal&gt;</c> (no leading
    /// zeroes); zero or more base64 hash lines; an empty line; then the signed checkpoint note.
    /// </summary>
    /// <exception cref="FormatException">The text is malformed.</exception>
    public static TlogProof Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        if (ReadLine(text, ref position) != Header)
        {
            throw new FormatException($"A tlog proof starts with the line \"{Header}\".");
        }

        string? extra = null;
        var line = ReadLine(text, ref position);
        if (line is not null && line.StartsWith(ExtraPrefix, StringComparison.Ordinal))
        {
            extra = line[ExtraPrefix.Length..];
            if (!NoteFormat.TryDecodeBase64(extra, out _))
            {
                throw new FormatException("The extra line of a tlog proof holds standard padded base64.");
            }

            line = ReadLine(text, ref position);
        }

        if (line is null || !line.StartsWith(IndexPrefix, StringComparison.Ordinal) || !NoteFormat.TryParseDecimal(line[IndexPrefix.Length..], out var index))
        {
            throw new FormatException("A tlog proof has the line \"index <decimal, no leading zeroes>\".");
        }

        var hashes = new List<byte[]>();
        while (true)
        {
            line = ReadLine(text, ref position)
                ?? throw new FormatException("A tlog proof has an empty line between the proof hashes and the checkpoint.");
            if (line.Length == 0)
            {
                break;
            }

            if (!NoteFormat.TryDecodeBase64(line, out var hash) || hash.Length != TreeHash.Size)
            {
                throw new FormatException($"Proof hash {hashes.Count} is not the base64 of 32 bytes.");
            }

            hashes.Add(hash);
        }

        var checkpoint = text[position..];
        if (!IsSignedCheckpoint(checkpoint))
        {
            throw new FormatException("The checkpoint of a tlog proof is a signed note whose text is a valid checkpoint.");
        }

        return new TlogProof(index, hashes, checkpoint, extra);
    }

    /// <summary>The proof's text form; <see cref="Parse"/> of it gives back an equal proof.</summary>
    public string Format()
    {
        var text = new StringBuilder(Header).Append('\n');
        if (Extra is not null)
        {
            text.Append(ExtraPrefix).Append(Extra).Append('\n');
        }

        text.Append(IndexPrefix).Append(Index.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var hash in Hashes)
        {
            text.Append(Convert.ToBase64String(hash)).Append('\n');
        }

        return text.Append('\n').Append(Checkpoint).ToString();
    }

    /// <summary>
    /// Verifies the receipt for an entry: the checkpoint carries a valid signature by <paramref name="log"/>,
    /// and <paramref name="leafHash"/> is leaf <see cref="Index"/> of the checkpoint's tree (RFC 9162 §2.1.3.2).
    /// The origin and any witness quorum are the caller's to check.
    /// </summary>
    /// <returns>False, never an exception, when anything fails.</returns>
    public bool Verify(ReadOnlySpan<byte> leafHash, NoteVerifier log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (!SignedNote.Verified(Checkpoint, [log]).Contains(log.Name, StringComparer.Ordinal)
            || !CheckpointBody.TryParse(SignedNote.Parse(Checkpoint).Text, out var checkpoint))
        {
            return false;
        }

        return MerkleTree.VerifyInclusion(Index, checkpoint.Size, leafHash, Hashes, checkpoint.Root);
    }

    /// <inheritdoc/>
    public bool Equals(TlogProof? other) =>
        other is not null
        && Index == other.Index
        && Hashes.Count == other.Hashes.Count
        && Hashes.Zip(other.Hashes).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second))
        && string.Equals(Checkpoint, other.Checkpoint, StringComparison.Ordinal)
        && string.Equals(Extra, other.Extra, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Index);
        foreach (var proofHash in Hashes)
        {
            hash.AddBytes(proofHash);
        }

        hash.Add(Checkpoint, StringComparer.Ordinal);
        hash.Add(Extra, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    // The next line without its newline, or null at the end of the text (or when the last line has no newline).
    private static string? ReadLine(string text, ref int position)
    {
        var end = text.IndexOf('\n', position);
        if (end < 0)
        {
            return null;
        }

        var line = text[position..end];
        position = end + 1;
        return line;
    }

    private static bool IsSignedCheckpoint(string note)
    {
        try
        {
            return CheckpointBody.TryParse(SignedNote.Parse(note).Text, out _);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static long CheckIndex(long index, string paramName) =>
        index >= 0 ? index : throw new ArgumentOutOfRangeException(paramName, index, "An entry index is not negative.");

    private static System.Collections.ObjectModel.ReadOnlyCollection<byte[]> CheckHashes(IReadOnlyList<byte[]> hashes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(hashes, paramName);
        return hashes.All(h => h is { Length: TreeHash.Size })
            ? Array.AsReadOnly(hashes.Select(h => (byte[])h.Clone()).ToArray())
            : throw new ArgumentException($"Each proof hash is {TreeHash.Size} bytes.", paramName);
    }

    private static string CheckCheckpoint(string checkpoint, string paramName) =>
        checkpoint is not null && IsSignedCheckpoint(checkpoint)
            ? checkpoint
            : throw new ArgumentException("The checkpoint is a signed note whose text is a valid checkpoint.", paramName);

    private static string? CheckExtra(string? extra, string paramName) =>
        extra is null || NoteFormat.TryDecodeBase64(extra, out _)
            ? extra
            : throw new ArgumentException("Extra data is standard padded base64.", paramName);
}
