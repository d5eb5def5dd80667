using Habeas.Testing;

namespace Habeas.Core.Tests.Queries;

public sealed class FacilityQueryTests
{
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task GetAsync_AsOfMoments_CountsThePersonsHeldThen(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, new Events().Facility("F-A", capacity: 2).Facility("F-B")
            .Person("P-1").Person("P-2").Person("P-3")
            .Began("P-1", "F-A", "2025-01-01T00:00:00Z")
            .Began("P-2", "F-A", "2025-01-02T00:00:00Z")
            .Began("P-3", "F-A", "2025-01-03T00:00:00Z", authority: "US-MARSHALS")
            .Transferred("P-1", "F-A", "F-B", "2025-01-04T00:00:00Z")
            .Released("P-2", "F-A", "2025-01-05T00:00:00Z")
            .WriteTo(registry.Location.DataDirectory));

        var third = await Run.FacilityAsync(registry, "F-A", "2025-01-03");
        var fourth = await Run.FacilityAsync(registry, "F-A", "2025-01-04T00:00:00Z");
        var now = await Run.FacilityAsync(registry, "F-A");

        Assert.Equal(3, third!.Population);
        Assert.Equal(1.5, third.Occupancy);
        Assert.Equal(1, third.PopulationByAuthority["US-MARSHALS"]);
        Assert.Equal(2, fourth!.Population);
        Assert.Equal(1, now!.Population);
        Assert.Equal(1, (await Run.FacilityAsync(registry, "F-B"))!.Population);
    }
}
