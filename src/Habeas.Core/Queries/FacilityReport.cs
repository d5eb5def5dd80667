namespace Habeas.Core.Queries;

/// <summary>A facility, its capacity, and how many persons it held at the moment asked, by legal custodian.</summary>
public sealed record FacilityReport(
    string Facility,
    string Name,
    string Country,
    string Authority,
    string? Kind,
    int? Capacity,
    string? AsOf,
    int Population,
    double? Occupancy,
    IReadOnlyDictionary<string, int> PopulationByAuthority);
