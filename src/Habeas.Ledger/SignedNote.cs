namespace Habeas.Ledger;

/// <summary>
/// C2SP signed notes: a UTF-8 text ending in a newline, a blank line, then one or more signature lines
/// <c>— &lt;key name&gt; base64(32-bit key ID ‖ signature)</c>, each ending in a newline.
/// </summary>
/// <remarks>
/// The text is separated from the signatures by the last blank line. Notes must not contain ASCII control
/// characters other than newline. At most <see cref="MaxSignatures"/> signatures are accepted (the spec asks
/// verifiers for a limit of at least 16). A key is matched by name and key ID together; signatures from
/// unknown keys are ignored (C2SP signed-note, "Signatures").
/// </remarks>
public static class SignedNote
{
    /// <summary>The most signature lines a note may carry.</summary>
    public const int MaxSignatures = 100;

    /// <summary>Signs <paramref name="text"/> with each Ed25519 (type 0x01) signer, in order.</summary>
    /// <param name="text">The note text: non-empty, ending in "\n", no control characters but newline.</param>
    /// <param name="signers">One or more Ed25519 signers. Cosignature keys sign with <see cref="Cosignature.Sign"/>.</param>
    /// <returns>The note: text, "\n", and one signature line per signer.</returns>
    /// <exception cref="ArgumentException">The text is not valid note text, no signer is given, or a signer is not type 0x01.</exception>
    public static string Sign(string text, params NoteSigner[] signers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signers);
        if (text.Length == 0 || !text.EndsWith('\n') || !NoteFormat.IsValidNoteText(text))
        {
            throw new ArgumentException("Note text is non-empty, ends with a newline and holds no control characters but newlines.", nameof(text));
        }

        if (signers.Length == 0 || signers.Length > MaxSignatures)
        {
            throw new ArgumentException($"A note is signed by 1 to {MaxSignatures} keys.", nameof(signers));
        }

        var message = NoteFormat.Utf8.GetBytes(text);
        var note = new System.Text.StringBuilder(text).Append('\n');
        foreach (var signer in signers)
        {
            ArgumentNullException.ThrowIfNull(signer, nameof(signers));
            if (signer.Algorithm != NoteSigner.Ed25519Algorithm)
            {
                throw new ArgumentException($"Key {signer.Name} is a cosignature key (type 0x04); it signs with Cosignature.Sign.", nameof(signers));
            }

            note.Append(new NoteSignature(signer.Name, signer.KeyId, signer.Sign(message)).Format());
        }

        return note.ToString();
    }

    /// <summary>
    /// Adds signature lines (for example cosignatures from <see cref="Cosignature.Sign"/>) to a note, after its
    /// own; a line the note already carries is not repeated.
    /// </summary>
    /// <param name="note">A well-formed signed note.</param>
    /// <param name="signatureLines">Lines <c>— name base64</c>, each with or without its final newline.</param>
    /// <exception cref="FormatException">The note or a line is malformed, or the result would exceed <see cref="MaxSignatures"/>.</exception>
    public static string AddSignatures(string note, IEnumerable<string> signatureLines)
    {
        ArgumentNullException.ThrowIfNull(signatureLines);
        var (text, signatures) = Parse(note);
        var all = new List<NoteSignature>(signatures);
        foreach (var line in signatureLines)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(signatureLines));
            var bare = line.EndsWith('\n') ? line[..^1] : line;
            var signature = (!bare.Contains('\n', StringComparison.Ordinal) && NoteFormat.IsValidNoteText(bare) ? NoteSignature.TryParseLine(bare) : null)
                ?? throw new FormatException("A signature line is \"— <key name> <base64(key ID ‖ signature)>\".");

            if (!all.Contains(signature))
            {
                all.Add(signature);
            }
        }

        if (all.Count > MaxSignatures)
        {
            throw new FormatException($"A note carries at most {MaxSignatures} signatures.");
        }

        return text + "\n" + string.Concat(all.Select(s => s.Format()));
    }

    /// <summary>Splits a signed note into its text (with the final newline) and its signature lines.</summary>
    /// <exception cref="FormatException">
    /// The note holds control characters or invalid UTF-16, has no blank line before the signatures, no
    /// signature, a malformed signature line, a last line without newline, or more than <see cref="MaxSignatures"/> signatures.
    /// </exception>
    public static (string Text, IReadOnlyList<NoteSignature> Signatures) Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (!NoteFormat.IsValidNoteText(note))
        {
            throw new FormatException("A signed note holds no control characters other than newline, and is valid UTF-8.");
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new FormatException("A signed note has a blank line between its text and its signatures.");
        }

        var text = note[..(split + 1)];
        var block = note[(split + 2)..];
        if (block.Length == 0)
        {
            throw new FormatException("A signed note has at least one signature.");
        }

        if (!block.EndsWith('\n'))
        {
            throw new FormatException("Each signature line of a note ends with a newline.");
        }

        var lines = block[..^1].Split('\n');
        if (lines.Length > MaxSignatures)
        {
            throw new FormatException($"A note carries at most {MaxSignatures} signatures.");
        }

        var signatures = new List<NoteSignature>(lines.Length);
        foreach (var line in lines)
        {
            signatures.Add(NoteSignature.TryParseLine(line)
                ?? throw new FormatException("A signature line is \"— <key name> <base64(key ID ‖ signature)>\"."));
        }

        return (text, signatures);
    }

    /// <summary>
    /// The names of the given keys whose signatures on the note verify, each once, in the order of the note's
    /// lines. Ed25519 keys (0x01) verify over the text; cosignature keys (0x04) verify as C2SP tlog-cosignature
    /// cosignatures of the text (which must then be a checkpoint). Unknown keys and failed signatures are left out.
    /// </summary>
    /// <remarks>
    /// Callers accept a note when the names they require appear. C2SP signed-note advises rejecting a note
    /// whose known key's signature fails; such a note still lacks that name here.
    /// </remarks>
    /// <exception cref="FormatException">The note is malformed (see <see cref="Parse"/>).</exception>
    public static IReadOnlyList<string> Verified(string note, IEnumerable<NoteVerifier> verifiers)
    {
        ArgumentNullException.ThrowIfNull(verifiers);
        var (text, signatures) = Parse(note);
        var keys = verifiers.ToList();
        var message = NoteFormat.Utf8.GetBytes(text);
        var names = new List<string>();
        foreach (var signature in signatures)
        {
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key, nameof(verifiers));
                if (key.KeyId != signature.KeyId || !string.Equals(key.Name, signature.Name, StringComparison.Ordinal))
                {
                    continue;
                }

                var valid = key.Algorithm switch
                {
                    NoteSigner.Ed25519Algorithm => key.Verify(message, signature.Signature),
                    NoteSigner.CosignatureAlgorithm => Cosignature.Verify(text, signature, key, out _),
                    _ => false,
                };
                if (valid && !names.Contains(key.Name, StringComparer.Ordinal))
                {
                    names.Add(key.Name);
                }
            }
        }

        return names;
    }
}
