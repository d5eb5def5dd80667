using Habeas.Core.Queries;
using Habeas.Core.Remedies;
using Habeas.Testing;

namespace Habeas.Core.Tests.Remedies;

/// <summary>Issue #6 on both databases: a foreign prison under an agreement, against the hand-computed example of docs/remedies.md.</summary>
public sealed class CapacityQueryTests
{
    /// <summary>
    /// F-SV (capacity 100, SV-PRISONS): one prisoner of its own since April; 12 held for US-ICE since April (two leave
    /// 20 May); 14 more handed over, one every other day from 5 May. Agreement AG-1: allotment 300, 100 USD a person a day
    /// from 1 May.
    /// </summary>
    private static Events Registry()
    {
        var events = new Events()
            .Facility("F-SV", country: "SV", authority: "SV-PRISONS", capacity: 100, kind: "prison")
            .Line("""{"type":"agreement.recorded","agreement":"AG-1","parties":["US","SV"],"facilities":["F-SV"],"capacity":300,"payment":{"amount":100,"currency":"USD","per":"person","period":"P1D"},"effective_from":"2025-05-01","occurred_at":"2025-03-01"}""")
            .Person("P-LOCAL").Began("P-LOCAL", "F-SV", "2025-04-01T00:00:00Z", authority: "SV-PRISONS");
        for (var i = 0; i < 12; i++)
        {
            events.Person($"P-A{i}").HandedOver($"P-A{i}", "F-SV", "2025-04-01T00:00:00Z");
        }

        events.Released("P-A10", "F-SV", "2025-05-20T00:00:00Z").Released("P-A11", "F-SV", "2025-05-20T00:00:00Z");
        for (var i = 0; i < 14; i++)
        {
            events.Person($"P-B{i}").HandedOver($"P-B{i}", "F-SV", new DateTimeOffset(2025, 5, 5, 0, 0, 0, TimeSpan.Zero).AddDays(2 * i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        return events;
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Capacity_ForeignPrisonUnderAnAgreement_MatchesTheHandComputedForecastAndCost(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));

        var report = await new CapacityQuery(Run.Clock).RunAsync(registry.Location, "F-SV", AsOf.Parse("2025-06-01T00:00:00Z"), TestContext.Current.CancellationToken);

        var prison = Assert.Single(report!.Facilities);
        Assert.Equal((25, 14, 2), (prison.Population, prison.Arrivals, prison.Departures));
        Assert.Equal(0.4286, prison.NetPerDay);
        Assert.Equal("2025-11-23T00:00:00Z", prison.FullAt);
        Assert.Equal(3, prison.PlacesNeeded["180d"]);
        Assert.Equal(CapacityQuery.SeriesWeeks, prison.Series.Count);
        Assert.Equal(new PopulationPoint("2025-06-01T00:00:00Z", 25), prison.Series[^1]);
        var agreement = Assert.Single(report.Agreements);
        // Its own prisoner is not held under the agreement.
        Assert.Equal((24, 300, "2027-03-07T00:00:00Z"), (agreement.Population, agreement.Capacity!.Value, agreement.FullAt));
        Assert.Equal((54_400m, "USD"), (agreement.Cost!.Value, agreement.Currency));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Capacity_UnknownFacility_IsNull(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));

        Assert.Null(await new CapacityQuery(Run.Clock).RunAsync(registry.Location, "F-NOPE", null, TestContext.Current.CancellationToken));
    }
}
