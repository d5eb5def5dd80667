namespace Habeas.Domain.Capacity;

/// <summary>
/// Where a place stands against its capacity at a moment, and where it is heading at the recent rate ("it's not big
/// enough": how many more places, by what date). A forecast is arithmetic on the recorded facts, said as such.
/// </summary>
/// <param name="Population">Persons held at the moment.</param>
/// <param name="Capacity">The places (a facility's capacity, an agreement's allotment), or null when not recorded.</param>
/// <param name="Arrivals">Arrivals in the window before the moment.</param>
/// <param name="Departures">Departures in the window.</param>
/// <param name="WindowDays">The window's length in days.</param>
/// <param name="NetPerDay">(arrivals − departures) / window days: the recent rate of growth.</param>
/// <param name="FullAt">When the population reaches the capacity at that rate (the moment itself when already full); null when it never does at that rate or there is no capacity.</param>
/// <param name="PlacesNeeded">For each horizon in days, the places missing then at that rate (0 when it fits).</param>
public sealed record CapacityOutlook(
    int Population, int? Capacity, int Arrivals, int Departures, int WindowDays, double NetPerDay, DateTimeOffset? FullAt,
    IReadOnlyDictionary<int, int> PlacesNeeded)
{
    /// <summary>Population / capacity, or null without a capacity.</summary>
    public double? Occupancy => Capacity is { } c && c > 0 ? (double)Population / c : null;
}
