namespace Habeas.Domain.Values;

/// <summary>Sex as recorded by the source. Written in snake_case in the data format.</summary>
public enum Sex
{
    /// <summary>`female`.</summary>
    Female,

    /// <summary>`male`.</summary>
    Male,

    /// <summary>`other`.</summary>
    Other,

    /// <summary>`unknown`.</summary>
    Unknown,
}
