using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Records;

/// <summary>
/// A record with everything the comparators and blocking keys need computed once: canonical name tokens (nicknames and
/// transliterations folded), their Spanish phonetic keys, the joined forms Jaro–Winkler compares, and how common the
/// name is (for the term-frequency adjustment).
/// </summary>
internal sealed class PreparedRecord
{
    public PreparedRecord(IdentityRecord source, int textCount)
    {
        Source = source;
        Given = Canonical(source.Name.Given);
        Surnames = Canonical(source.Name.Surnames);
        GivenPhonetic = Phonetic(Given);
        SurnamePhonetic = Phonetic(Surnames);
        GivenJoined = string.Join(' ', Given);
        SurnamesJoined = string.Join(' ', Surnames);
        if (source.BirthDate is { } dob)
        {
            Year = dob.Year;
            Month = dob.Month;
            Day = dob.Day;
        }

        IdNumber = string.IsNullOrEmpty(source.IdNumber) ? null : source.IdNumber;
        Country = string.IsNullOrEmpty(source.Country) ? null : source.Country;
        Sex = source.Sex is 'F' or 'M' ? source.Sex.Value : '\0';
        Texts = new string?[textCount];
        for (var i = 0; i < textCount && source.Texts is not null && i < source.Texts.Count; i++)
        {
            var text = source.Texts[i]?.Trim();
            Texts[i] = string.IsNullOrEmpty(text) ? null : text.ToUpperInvariant();
        }

        LogFrequency = new float[2 + textCount];
    }

    public IdentityRecord Source { get; }

    public string[] Given { get; }

    public string[] Surnames { get; }

    public string[] GivenPhonetic { get; }

    public string[] SurnamePhonetic { get; }

    public string GivenJoined { get; }

    public string SurnamesJoined { get; }

    /// <summary>0 when the date of birth is unknown.</summary>
    public int Year { get; }

    /// <summary>0 when only the year is known.</summary>
    public int Month { get; }

    public int Day { get; }

    public string? IdNumber { get; }

    public string? Country { get; }

    /// <summary>'F', 'M', or '\0' when unknown.</summary>
    public char Sex { get; }

    public string?[] Texts { get; }

    /// <summary>
    /// log2 of how often this record's value of each term-frequency field occurs among all records (given names,
    /// surnames, then each text field); filled by <see cref="Scoring.TermFrequencies"/>.
    /// </summary>
    public float[] LogFrequency { get; }

    /// <summary>log2 of how common this record's names are in the other part (given as surname, surname as given), the commoner; for crossed agreements.</summary>
    public float CrossedLogFrequency { get; set; }

    /// <summary>Nicknames and transliterations folded, multi-token Arabic names joined ("ABD AL RAHMAN" = ABDELRAHMAN).</summary>
    private static string[] Canonical(IReadOnlyList<string> tokens) => [.. NameVariants.Canonicalise(tokens)];

    private static string[] Phonetic(string[] tokens)
    {
        var result = new string[tokens.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = SpanishPhonetic.Code(tokens[i]);
        }

        return result;
    }
}
