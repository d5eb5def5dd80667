namespace Habeas.Synthetic;

/// <summary>
/// One record as it will be written, before formatting: a person's truth after corruption. One draft is reused for
/// every record a writer emits, so that a million rows do not mean a million of these.
/// </summary>
internal sealed class RecordDraft
{
    public List<string> Given { get; } = new(3);

    public List<string> Surnames { get; } = new(3);

    public bool Swapped { get; set; }

    public bool Hyphenated { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public DateForm Dob { get; set; }

    /// <summary>0 when the record has none.</summary>
    public int ANumber { get; set; }

    public Country Country { get; set; } = Country.All[0];

    public CountryForm CountryWritten { get; set; }

    public Sex Sex { get; set; }

    /// <summary>The corruptions applied, one bit per <see cref="CorruptionKind"/>.</summary>
    public uint Applied { get; set; }

    public void Reset(Person person)
    {
        Given.Clear();
        Given.AddRange(person.Given);
        Surnames.Clear();
        Surnames.AddRange(person.Surnames);
        Swapped = false;
        Hyphenated = false;
        DateOfBirth = person.DateOfBirth;
        Dob = DateForm.Full;
        ANumber = person.ANumber;
        Country = person.Country;
        CountryWritten = CountryForm.Usual;
        Sex = person.Sex;
        Applied = 0;
    }

    public bool Has(CorruptionKind kind) => (Applied & (1u << (int)kind)) != 0;

    public void Mark(CorruptionKind kind) => Applied |= 1u << (int)kind;

    /// <summary>Name token <paramref name="index"/> counting given names first, then surnames.</summary>
    public string Token(int index) => index < Given.Count ? Given[index] : Surnames[index - Given.Count];

    public void SetToken(int index, string value)
    {
        if (index < Given.Count)
        {
            Given[index] = value;
        }
        else
        {
            Surnames[index - Given.Count] = value;
        }
    }

    public int TokenCount => Given.Count + Surnames.Count;

    internal enum DateForm : byte
    {
        Full,
        YearOnly,
        Missing,
    }

    internal enum CountryForm : byte
    {
        Usual,
        Other,
        Missing,
    }
}
