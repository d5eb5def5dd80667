namespace Habeas.Domain.Values;

/// <summary>The legal basis on which a person is held. Written in snake_case in the data format.</summary>
public enum CustodyBasis
{
    /// <summary>`civil_immigration`.</summary>
    CivilImmigration,

    /// <summary>`criminal_pretrial`.</summary>
    CriminalPretrial,

    /// <summary>`criminal_sentence`.</summary>
    CriminalSentence,

    /// <summary>`foreign`.</summary>
    Foreign,

    /// <summary>`other`.</summary>
    Other,
}
