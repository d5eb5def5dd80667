using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>A facility as the rules see it: where it is, who runs it (the physical custodian), how many it holds.</summary>
public sealed record FacilityInfo(string Id, string Name, CountryCode Country, string Authority, int? Capacity, FacilityKind? Kind);
