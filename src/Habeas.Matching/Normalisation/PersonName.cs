namespace Habeas.Matching.Normalisation;

/// <summary>
/// A person's name as comparable tokens, split into given names and surnames: upper case, diacritics folded,
/// punctuation and hyphens split, particles dropped (see <see cref="NameTokens.Of"/>). Either part may be empty when
/// a source gives only one. Surnames are in the order written: the paternal surname first, then the maternal (the
/// Spanish and Latin American double surname), which lists often drop.
/// Two names are equal when their tokens are, in order.
/// </summary>
/// <param name="Given">The given names, first to last; initials are one-letter tokens.</param>
/// <param name="Surnames">The surnames, paternal first.</param>
public sealed record PersonName(IReadOnlyList<string> Given, IReadOnlyList<string> Surnames)
{
    /// <summary>The given names, first to last; initials are one-letter tokens.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string> Given { get; init; } = Given ?? throw new ArgumentNullException(nameof(Given));

    /// <summary>The surnames, paternal first.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<string> Surnames { get; init; } = Surnames ?? throw new ArgumentNullException(nameof(Surnames));

    /// <summary>An empty name.</summary>
    public static PersonName Empty { get; } = new([], []);

    /// <summary>All tokens, given names first.</summary>
    public IEnumerable<string> Tokens => Given.Concat(Surnames);

    /// <summary>Whether there is no token at all.</summary>
    public bool IsEmpty => Given.Count == 0 && Surnames.Count == 0;

    /// <summary>The first given name (possibly an initial), or null when there is none.</summary>
    public string? FirstGiven => Given.Count > 0 ? Given[0] : null;

    /// <summary>The first surname — the paternal one in a Spanish double surname — or null when there is none.</summary>
    public string? Paternal => Surnames.Count > 0 ? Surnames[0] : null;

    /// <summary>The second surname — the maternal one in a Spanish double surname — or null when there is none.</summary>
    public string? Maternal => Surnames.Count > 1 ? Surnames[1] : null;

    /// <summary>
    /// The same name with every token in its canonical spelling (<see cref="NameVariants.Canonicalise"/>):
    /// PANCHO becomes FRANCISCO, "ABDUL RAHMAN" the one token ABDELRAHMAN.
    /// </summary>
    public PersonName Canonical() => new(NameVariants.Canonicalise(Given), NameVariants.Canonicalise(Surnames));

    /// <summary>A name from separate given-name and surname fields, either of which may be null or blank.</summary>
    public static PersonName FromParts(string? given, string? surnames) => new(NameTokens.Of(given), NameTokens.Of(surnames));

    /// <summary>
    /// A name written in one field. The split between given names and surnames is a best guess, made in this order:
    /// <list type="number">
    /// <item>"SURNAME, GIVEN" and "SURNAME / GIVEN": what precedes the first comma or slash is the surnames.</item>
    /// <item>Surnames written in capitals among given names that are not ("José GARCÍA LÓPEZ", "GARCIA Jose").</item>
    /// <item>Natural order by words (a hyphenated pair such as PEREZ-MARTINEZ is one word; particles belong to the
    /// word they precede, so DE LA CRUZ is one word): one word is a given name; two are given and surname; of three,
    /// the middle is a given name when it is a known one (<see cref="NameVariants.IsKnownGivenName(string)"/>) or an initial
    /// or the last word is hyphenated, otherwise the last two are paternal and maternal surnames; of four or more,
    /// the last two words are the surnames (the last alone when it is hyphenated).</item>
    /// </list>
    /// Comparators should not rely on the split alone: compare token sets too, and try the parts swapped.
    /// </summary>
    public static PersonName Parse(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            return Empty;
        }

        var separator = fullName.IndexOfAny([',', '/']);
        if (separator >= 0)
        {
            return new(NameTokens.Of(fullName[(separator + 1)..]), NameTokens.Of(fullName[..separator]));
        }

        var source = NameText.Prepare(fullName);
        var small = source.Length <= NameText.StackLimit;
        Span<char> folded = small ? stackalloc char[source.Length * 2] : new char[source.Length * 2];
        Span<NamePiece> all = small ? stackalloc NamePiece[source.Length + 1] : new NamePiece[source.Length + 1];
        var found = NameText.Scan(source, folded, all);
        Span<bool> keep = small ? stackalloc bool[found] : new bool[found];
        var kept = NameText.MarkKept(folded, all[..found], keep);
        if (kept == 0)
        {
            return Empty;
        }

        // The kept pieces, renumbered so that words are 0, 1, 2… (a dropped particle's word disappears with it).
        Span<NamePiece> pieces = small ? stackalloc NamePiece[kept] : new NamePiece[kept];
        var words = 0;
        var n = 0;
        var lastWord = -1;
        for (var i = 0; i < found; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            if (all[i].Word != lastWord)
            {
                lastWord = all[i].Word;
                words++;
            }

            pieces[n++] = all[i] with { Word = words - 1 };
        }

        if (TrySplitByCapitals(pieces, out var capitalised))
        {
            return Assemble(folded, pieces, capitalised);
        }

        var firstSurnameWord = FirstSurnameWord(folded, pieces, words);
        Span<bool> isSurname = small ? stackalloc bool[kept] : new bool[kept];
        for (var i = 0; i < kept; i++)
        {
            isSurname[i] = pieces[i].Word >= firstSurnameWord;
        }

        return Assemble(folded, pieces, isSurname);
    }

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null && Given.SequenceEqual(other.Given, StringComparer.Ordinal) && Surnames.SequenceEqual(other.Surnames, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var token in Given)
        {
            hash.Add(token, StringComparer.Ordinal);
        }

        hash.Add(Given.Count);
        foreach (var token in Surnames)
        {
            hash.Add(token, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The index of the first word that is a surname, in natural order.</summary>
    private static int FirstSurnameWord(ReadOnlySpan<char> folded, ReadOnlySpan<NamePiece> pieces, int words)
    {
        if (words == 1)
        {
            // One word: a hyphenated pair is a double surname; a single token is taken as a given name.
            return pieces.Length > 1 ? 0 : 1;
        }

        if (words == 2 || LastWordIsHyphenated(pieces))
        {
            return words - 1;
        }

        if (words >= 4)
        {
            return words - 2;
        }

        // Three words: "JOSE LUIS PEREZ" or "JOSE PEREZ LOPEZ"?
        var middle = FirstOf(pieces, 1);
        return middle.Length == 1 || NameVariants.IsKnownGivenName(folded.Slice(middle.Start, middle.Length)) ? 2 : 1;
    }

    private static NamePiece FirstOf(ReadOnlySpan<NamePiece> pieces, int word)
    {
        foreach (var piece in pieces)
        {
            if (piece.Word == word)
            {
                return piece;
            }
        }

        throw new InvalidOperationException($"No piece in word {word}.");
    }

    private static bool LastWordIsHyphenated(ReadOnlySpan<NamePiece> pieces) =>
        pieces.Length >= 2 && pieces[^1].Word == pieces[^2].Word;

    /// <summary>
    /// Marks as surnames the words written in capitals when others are not: the "José GARCÍA LÓPEZ" convention.
    /// Needs at least one capitalised word of two letters or more and at least one word with lower case.
    /// </summary>
    private static bool TrySplitByCapitals(ReadOnlySpan<NamePiece> pieces, out bool[] isSurname)
    {
        isSurname = [];
        var upper = 0;
        var lower = 0;
        foreach (var piece in pieces)
        {
            if (piece.HadLower)
            {
                lower++;
            }
            else if (piece.Length > 1)
            {
                upper++;
            }
        }

        if (upper == 0 || lower == 0)
        {
            return false;
        }

        isSurname = new bool[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            isSurname[i] = !pieces[i].HadLower && pieces[i].Length > 1;
        }

        return true;
    }

    private static PersonName Assemble(ReadOnlySpan<char> folded, ReadOnlySpan<NamePiece> pieces, ReadOnlySpan<bool> isSurname)
    {
        var surnames = 0;
        foreach (var s in isSurname)
        {
            surnames += s ? 1 : 0;
        }

        var given = new string[pieces.Length - surnames];
        var family = new string[surnames];
        int g = 0, f = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            var text = NameText.Text(folded, pieces[i]);
            if (isSurname[i])
            {
                family[f++] = text;
            }
            else
            {
                given[g++] = text;
            }
        }

        return new(given, family);
    }
}
