using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Habeas.Ledger;

/// <summary>
/// A C2SP tlog-checkpoint body: the origin line, the tree size in ASCII decimal, the base64 RFC 6962 root
/// hash, then optional extension lines, each ending in a newline. It is the text of a signed note.
/// </summary>
/// <param name="Origin">The log's identity: non-empty, one line, no control characters.</param>
/// <param name="Size">The tree size in leaves; not negative.</param>
/// <param name="Root">The 32-byte root MTH(D[0:Size]); <see cref="TreeHash.Empty"/> when Size is 0. Copied.</param>
/// <param name="Extensions">Extension lines (NOT RECOMMENDED by the spec): each non-empty, one line. Copied.</param>
/// <exception cref="ArgumentException">A component breaks the rules above.</exception>
public sealed record Checkpoint(string Origin, long Size, byte[] Root, IReadOnlyList<string> Extensions)
{
    /// <summary>The log's identity (first line).</summary>
    public string Origin { get; init => field = CheckOrigin(value, nameof(Origin)); } = CheckOrigin(Origin, nameof(Origin));

    /// <summary>The tree size in leaves (second line).</summary>
    public long Size { get; init => field = CheckSize(value, nameof(Size)); } = CheckSize(Size, nameof(Size));

    /// <summary>The 32-byte root hash (third line, base64), a fresh copy.</summary>
    public byte[] Root { get => (byte[])field.Clone(); init => field = CheckRoot(value, nameof(Root)); } = CheckRoot(Root, nameof(Root));

    /// <summary>The extension lines after the root, if any.</summary>
    public IReadOnlyList<string> Extensions { get; init => field = CheckExtensions(value, nameof(Extensions)); } = CheckExtensions(Extensions, nameof(Extensions));

    /// <summary>The body: <c>origin\nsize\nbase64(root)\n</c> followed by each extension line and a newline.</summary>
    public string Body
    {
        get
        {
            var body = new StringBuilder()
                .Append(Origin).Append('\n')
                .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(Convert.ToBase64String(Root)).Append('\n');
            foreach (var extension in Extensions)
            {
                body.Append(extension).Append('\n');
            }

            return body.ToString();
        }
    }

    /// <summary>
    /// Parses a checkpoint body strictly: at least three lines, every line (the last included) ending in "\n";
    /// a non-empty origin; a size with no sign and no leading zeroes that fits in a <see cref="long"/>; a root
    /// of exactly 32 bytes in canonical padded base64, equal to SHA-256("") when the size is 0; non-empty
    /// extension lines; no control characters (so no CR).
    /// </summary>
    /// <returns>Whether the body is a valid checkpoint.</returns>
    public static bool TryParse(string body, [NotNullWhen(true)] out Checkpoint? checkpoint)
    {
        checkpoint = null;
        if (body is null || !body.EndsWith('\n') || !NoteFormat.IsValidNoteText(body))
        {
            return false;
        }

        var lines = body[..^1].Split('\n');
        if (lines.Length < 3
            || lines[0].Length == 0
            || !NoteFormat.TryParseDecimal(lines[1], out var size)
            || !NoteFormat.TryDecodeBase64(lines[2], out var root)
            || root.Length != TreeHash.Size
            || (size == 0 && !root.AsSpan().SequenceEqual(TreeHash.EmptySpan)))
        {
            return false;
        }

        var extensions = lines[3..];
        if (extensions.Any(e => e.Length == 0))
        {
            return false;
        }

        checkpoint = new Checkpoint(lines[0], size, root, extensions);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Checkpoint? other) =>
        other is not null
        && string.Equals(Origin, other.Origin, StringComparison.Ordinal)
        && Size == other.Size
        && Root.AsSpan().SequenceEqual(other.Root)
        && Extensions.SequenceEqual(other.Extensions, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Origin, StringComparer.Ordinal);
        hash.Add(Size);
        hash.AddBytes(Root);
        foreach (var extension in Extensions)
        {
            hash.Add(extension, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static string CheckOrigin(string origin, string paramName) =>
        origin is not null && NoteFormat.IsValidLine(origin)
            ? origin
            : throw new ArgumentException("A checkpoint origin is one non-empty line with no control characters.", paramName);

    private static long CheckSize(long size, string paramName) =>
        size >= 0 ? size : throw new ArgumentOutOfRangeException(paramName, size, "A tree size is not negative.");

    private static byte[] CheckRoot(byte[] root, string paramName) =>
        root is { Length: TreeHash.Size }
            ? (byte[])root.Clone()
            : throw new ArgumentException($"A checkpoint root is {TreeHash.Size} bytes.", paramName);

    private static System.Collections.ObjectModel.ReadOnlyCollection<string> CheckExtensions(IReadOnlyList<string> extensions, string paramName)
    {
        ArgumentNullException.ThrowIfNull(extensions, paramName);
        var copy = extensions.ToArray();
        return copy.All(e => e is not null && NoteFormat.IsValidLine(e))
            ? Array.AsReadOnly(copy)
            : throw new ArgumentException("Each checkpoint extension is one non-empty line with no control characters.", paramName);
    }
}
