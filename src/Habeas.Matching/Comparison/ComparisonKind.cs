namespace Habeas.Matching.Comparison;

/// <summary>What a comparison looks at; each has its own agreement levels.</summary>
public enum ComparisonKind
{
    /// <summary>Given names: exact, first name equal, phonetic or close, similar, different.</summary>
    GivenName,

    /// <summary>Surnames: exact, one dropped or paternal equal, phonetic or close, similar, different.</summary>
    Surname,

    /// <summary>Date of birth: exact, near (day and month swapped, a day off, one part wrong), same year, different.</summary>
    BirthDate,

    /// <summary>Identifying number: exact, one edit (a typo or two adjacent digits swapped), different.</summary>
    IdNumber,

    /// <summary>Nationality or country of birth: same, different.</summary>
    Country,

    /// <summary>Sex: same, different.</summary>
    Sex,

    /// <summary>A further field both lists share, compared as text: exact, close, similar, different.</summary>
    Text,
}
