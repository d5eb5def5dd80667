using Habeas.Matching.Linking;

namespace Habeas.Core.Identity;

/// <summary>
/// A person the locator found: the public fields of DESIGN.md invariant 6 (registry id, name as recorded, current
/// custodian, facility, country, since when) and — for callers who may see them, never the public — how likely the
/// match is and why (they would confirm a guessed date of birth or A-number), and the custody status.
/// </summary>
/// <param name="Person">Registry id.</param>
/// <param name="Name">Name as recorded.</param>
/// <param name="Probability">Probability this is the person sought, among every record and none (namesakes who fit equally share it); null for public callers.</param>
/// <param name="Weight">The match weight behind it (log2 Bayes factor); null for public callers.</param>
/// <param name="Reason">One line: the fields that agreed; null for public callers.</param>
/// <param name="Reasons">Each field's level, values and weight; null for public callers.</param>
/// <param name="Custodian">The authority holding the person now (legal custodian), or null when not held.</param>
/// <param name="Facility">Facility id.</param>
/// <param name="FacilityName">Facility name.</param>
/// <param name="Country">Country of the facility.</param>
/// <param name="Since">Since when (the custody period's start).</param>
/// <param name="Status">held, in_transit, unaccounted, or null when not in custody; null for public callers.</param>
public sealed record LocateCandidate(
    string Person,
    string Name,
    double? Probability,
    double? Weight,
    string? Reason,
    IReadOnlyList<FieldWeight>? Reasons,
    string? Custodian,
    string? Facility,
    string? FacilityName,
    string? Country,
    string? Since,
    string? Status);
