namespace Habeas.Domain.Values;

/// <summary>How sure the source is of a fact. Written in snake_case in the data format.</summary>
public enum Confidence
{
    /// <summary>`confirmed`.</summary>
    Confirmed,

    /// <summary>`reported`.</summary>
    Reported,

    /// <summary>`unconfirmed`.</summary>
    Unconfirmed,
}
