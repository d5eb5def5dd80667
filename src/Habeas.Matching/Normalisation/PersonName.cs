namespace Habeas.Matching.Normalisation;

/// <summary>
/// A person's name as comparable tokens, split into given names and surnames: upper case, diacritics folded,
/// punctuation and hyphens split, particles dropped (see <see cref="NameTokens.Of"/>). Either part may be empty when
/// a source gives only one.
/// </summary>
public sealed record PersonName(IReadOnlyList<string> Given, IReadOnlyList<string> Surnames)
{
    /// <summary>An empty name.</summary>
    public static PersonName Empty { get; } = new([], []);

    /// <summary>All tokens, given names first.</summary>
    public IEnumerable<string> Tokens => Given.Concat(Surnames);

    /// <summary>Whether there is no token at all.</summary>
    public bool IsEmpty => Given.Count == 0 && Surnames.Count == 0;

    /// <summary>A name from separate given-name and surname fields, either of which may be null or blank.</summary>
    public static PersonName FromParts(string? given, string? surnames) => new(NameTokens.Of(given), NameTokens.Of(surnames));

    /// <summary>
    /// A name written in one field: "SURNAME, GIVEN" and "SURNAME / GIVEN" put the surnames first; otherwise natural
    /// order, the last token (the last two when there are four or more) taken as surnames.
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

        var tokens = NameTokens.Of(fullName);
        var surnames = tokens.Count >= 4 ? 2 : tokens.Count >= 2 ? 1 : 0;
        return new(tokens.Take(tokens.Count - surnames).ToArray(), tokens.Skip(tokens.Count - surnames).ToArray());
    }
}
