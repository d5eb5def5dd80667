using System.Text.Json;
using Habeas.Core.Ledger;
using Habeas.Core.Store;
using Habeas.Domain.Events;
using Habeas.Domain.Serialization;
using Habeas.Ledger;

namespace Habeas.Core.Recording;

/// <summary>
/// One line read on its own — JSON, fields, canonical bytes — with no registry state, so that an import can
/// parse on one core while the other writes. References are checked later, in order, by the append session.
/// </summary>
internal sealed record ParsedLine
{
    /// <summary>The event, or null when the line did not read.</summary>
    public RegistryEvent? Event { get; private init; }

    /// <summary>The canonical JSON (RFC 8785) of the line, as it will be committed.</summary>
    public Utf8Text? Payload { get; private init; }

    public IReadOnlyList<FieldError> Errors { get; private init; } = [];

    /// <summary>32 fresh random bytes, and SHA-256(salt ‖ payload): the log's commitment, computed here, off the writing thread.</summary>
    public byte[]? Salt { get; private init; }

    /// <summary>What the log's leaf will commit to (docs/ledger.md).</summary>
    public byte[]? Commitment { get; private init; }

    /// <summary>The leaf hash for <see cref="ExpectedSequence"/>, computed off the writing thread; used when the guess holds.</summary>
    public byte[]? LeafHash { get; private init; }

    /// <summary>The log's nodes the leaf completes at <see cref="ExpectedSequence"/> (the leaf first), when the reader grows a copy of the tree.</summary>
    public IReadOnlyList<(NodeId Node, byte[] Hash)>? LogNodes { get; private init; }

    /// <summary>The sequence the reader expected this line to get (every earlier line appended).</summary>
    public long ExpectedSequence { get; private init; }

    /// <summary>The JSON object of a line that did not read, so the ids it introduces can still be noted.</summary>
    public JsonElement? Unread { get; private init; }

    /// <summary>
    /// Reads a line; with <paramref name="expectedSequence"/>, also hashes its leaf for that sequence, and with
    /// <paramref name="log"/> (the tree as it would stand before that sequence) appends the leaf to it.
    /// </summary>
    public static ParsedLine Parse(string line, long expectedSequence = 0, TreeBuilder? log = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return new ParsedLine { Errors = [new FieldError("(line)", "one JSON object", "invalid JSON (" + FirstSentence(ex.Message) + ")")] };
        }
        catch (ArgumentException ex)
        {
            // A line given as text holding half of a surrogate pair (found by fuzzing; a file or a request body is read
            // as strict UTF-8 first, so there it is already an error of the file).
            return new ParsedLine { Errors = [new FieldError("(line)", "text of valid Unicode characters", FirstSentence(ex.Message))] };
        }

        using (document)
        {
            var errors = new List<FieldError>();
            RegistryEvent? e;
            try
            {
                e = EventReader.Read(document.RootElement, errors);
            }
            catch (InvalidOperationException ex)
            {
                // System.Text.Json refuses strings it cannot turn into text (a lone surrogate escape such as \ud800).
                return new ParsedLine { Errors = [new FieldError("(line)", "text of valid Unicode characters", FirstSentence(ex.Message))] };
            }

            if (e is null)
            {
                return new ParsedLine { Errors = errors, Unread = document.RootElement.Clone() };
            }

            try
            {
                var canonical = CanonicalJson.Serialize(document.RootElement);
                if (canonical.AsSpan().IndexOf("\\u0000"u8) >= 0)
                {
                    // PostgreSQL text cannot hold NUL; refused on both engines so they accept the same files.
                    return new ParsedLine { Errors = [new FieldError("(line)", "text without NUL characters (\\u0000)", "a string holding \\u0000")], Unread = document.RootElement.Clone() };
                }

                var salt = Salts.Next();
                var commitment = LeafFormat.Commitment(salt, canonical);
                var leafHash = expectedSequence > 0 ? TreeHash.Leaf(LeafFormat.Leaf(expectedSequence, e.Type, commitment)) : null;
                return new ParsedLine
                {
                    Event = e, Payload = new Utf8Text(canonical), Salt = salt, Commitment = commitment, ExpectedSequence = expectedSequence,
                    LeafHash = leafHash, LogNodes = leafHash is null ? null : log?.Append(leafHash),
                };
            }
            catch (InvalidOperationException ex)
            {
                return new ParsedLine { Errors = [new FieldError("(line)", "text of valid Unicode characters", FirstSentence(ex.Message))] };
            }
            catch (FormatException ex)
            {
                return new ParsedLine { Errors = [new FieldError("(line)", "a JSON object with each field once", ex.Message)], Unread = document.RootElement.Clone() };
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
