namespace Habeas.Domain.Values;

/// <summary>What kind of place a facility is. Written in snake_case in the data format.</summary>
public enum FacilityKind
{
    /// <summary>`prison`.</summary>
    Prison,

    /// <summary>`detention`.</summary>
    Detention,

    /// <summary>`jail`.</summary>
    Jail,

    /// <summary>`holding`.</summary>
    Holding,

    /// <summary>`other`.</summary>
    Other,
}
