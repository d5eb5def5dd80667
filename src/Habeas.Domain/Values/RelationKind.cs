namespace Habeas.Domain.Values;

/// <summary>How two persons are related. Written in snake_case in the data format.</summary>
public enum RelationKind
{
    /// <summary>`parent_of`.</summary>
    ParentOf,

    /// <summary>`guardian_of`.</summary>
    GuardianOf,

    /// <summary>`spouse_of`.</summary>
    SpouseOf,
}
