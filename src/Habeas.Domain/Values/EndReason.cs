namespace Habeas.Domain.Values;

/// <summary>Why an instrument stopped having effect. Written in snake_case in the data format.</summary>
public enum EndReason
{
    /// <summary>`expired`.</summary>
    Expired,

    /// <summary>`vacated`.</summary>
    Vacated,

    /// <summary>`revoked`.</summary>
    Revoked,

    /// <summary>`dismissed`.</summary>
    Dismissed,

    /// <summary>`resolved`.</summary>
    Resolved,

    /// <summary>`superseded`.</summary>
    Superseded,

    /// <summary>`resolved_not_citizen`.</summary>
    ResolvedNotCitizen,
}
