namespace Habeas.Domain.Following;

/// <summary>What a user can follow (issue #6): a person, a facility, a court order, or a manifest (a transfer request or a flight).</summary>
public enum FollowKind
{
    Person,
    Facility,
    Order,

    /// <summary>A transfer request's id, or a transport's id (a flight number as the removals record it).</summary>
    Manifest,
}
