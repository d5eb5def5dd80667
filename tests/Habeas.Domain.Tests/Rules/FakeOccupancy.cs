using Habeas.Domain.Rules;

namespace Habeas.Domain.Tests.Rules;

/// <summary>Populations by facility, the same at every instant; a facility not listed holds nobody.</summary>
internal sealed class FakeOccupancy(Dictionary<string, int> populations) : IOccupancy
{
    public int PopulationAt(string facility, DateTimeOffset at) => populations.GetValueOrDefault(facility);
}
