namespace Habeas.Synthetic;

/// <summary>
/// One member of the generated population: the truth every record of them is drawn from. Name parts are shared with
/// the name tables (and between siblings), so a person costs about a hundred bytes.
/// </summary>
internal sealed class Person
{
    public required int Index { get; init; }

    public required string[] Given { get; init; }

    /// <summary>In the order the culture writes them: for Spanish names paternal first, for Brazilian maternal first.</summary>
    public required string[] Surnames { get; init; }

    public required Sex Sex { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required Country Country { get; init; }

    /// <summary>1 to 999,999,999; below 100,000,000 for the older eight-digit numbers.</summary>
    public required int ANumber { get; init; }

    /// <summary>The hard-negative group this person belongs to, or -1.</summary>
    public int Group { get; init; } = -1;

    public Culture Culture => Country.Culture;

    /// <summary>The surname a Spanish or Brazilian speaker would lose first when a list has room for one.</summary>
    public int MaternalSurnameIndex => Culture == Culture.Brazilian ? 0 : Surnames.Length - 1;
}
