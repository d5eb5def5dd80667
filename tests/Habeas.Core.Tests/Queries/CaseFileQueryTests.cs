using Habeas.Testing;

namespace Habeas.Core.Tests.Queries;

public sealed class CaseFileQueryTests
{
    private static Events Journey() => new Events()
        .Facility("F-A").Facility("F-B").Facility("F-C").Facility("F-D")
        .Facility("F-ABROAD", country: "SV", authority: "SV-PRISONS", capacity: 40000, kind: "prison")
        .Person("P-1")
        .Began("P-1", "F-A", "2025-01-01T10:00:00Z")
        .Transferred("P-1", "F-A", "F-B", "2025-01-10T10:00:00Z")
        .Transferred("P-1", "F-B", "F-C", "2025-02-01T10:00:00Z")
        .Transferred("P-1", "F-C", "F-D", "2025-03-01T10:00:00Z")
        .Removed("P-1", "F-D", "SV", "F-ABROAD", "2025-03-15T22:00:00Z")
        .HandedOver("P-1", "F-ABROAD", "2025-03-16T04:10:00Z")
        .Returned("P-1", "F-ABROAD", "F-A", "2025-06-06T20:00:00Z");

    // Issue #2: as-of is right at every step for a person moved through four facilities, removed abroad, returned.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task GetAsync_AsOfEachStepOfAJourney_ShowsWhereAndByWhomThePersonWasHeld(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Journey().WriteTo(registry.Location.DataDirectory));

        (string AsOf, string? Facility, string? Country, string? Legal, string? Physical, string? Status)[] expected =
        [
            ("2024-12-31T00:00:00Z", null, null, null, null, null),
            ("2025-01-01T10:00:00Z", "F-A", "US", "US-ICE", "US-ICE", "held"),
            ("2025-01-05", "F-A", "US", "US-ICE", "US-ICE", "held"),
            ("2025-01-10T09:59:59Z", "F-A", "US", "US-ICE", "US-ICE", "held"),
            ("2025-01-10T10:00:00Z", "F-B", "US", "US-ICE", "US-ICE", "held"),
            ("2025-02-15T00:00:00Z", "F-C", "US", "US-ICE", "US-ICE", "held"),
            ("2025-03-10T00:00:00Z", "F-D", "US", "US-ICE", "US-ICE", "held"),
            ("2025-03-16T00:00:00Z", null, "SV", "US-ICE", "US-ICE", "in_transit"),
            ("2025-04-01T00:00:00Z", "F-ABROAD", "SV", "US-ICE", "SV-PRISONS", "held"),
            ("2025-06-06T19:59:59Z", "F-ABROAD", "SV", "US-ICE", "SV-PRISONS", "held"),
            ("2025-06-07T00:00:00Z", "F-A", "US", "US-ICE", "US-ICE", "held"),
        ];
        foreach (var step in expected)
        {
            var file = await Run.PersonAsync(registry, "P-1", step.AsOf);
            Assert.NotNull(file);
            var current = file.Current;
            Assert.True(
                current?.Facility == step.Facility && current?.Country == step.Country && current?.Authority == step.Legal &&
                current?.PhysicalAuthority == step.Physical && current?.Status == step.Status,
                $"as of {step.AsOf}: expected {step}, got {current}");
        }

        var now = await Run.PersonAsync(registry, "P-1");
        Assert.Equal("F-A", now!.Current!.Facility);
        Assert.Equal("2025-06-06T20:00:00Z", now.Current.Since);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task GetAsync_TimelineAsOfAMoment_HoldsOnlyWhatHadHappenedByThen(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, Journey().WriteTo(registry.Location.DataDirectory));

        var all = await Run.PersonAsync(registry, "P-1");
        var march = await Run.PersonAsync(registry, "P-1", "2025-03-01");

        Assert.Equal(
            ["person.recorded", "custody.began", "custody.transferred", "custody.transferred", "custody.transferred", "person.removed", "custody.handed_over", "person.returned"],
            all!.Timeline.Select(t => t.Type));
        Assert.Equal(5, march!.Timeline.Count);
        Assert.Equal("F-D", march.Current!.Facility);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task GetAsync_EventsImportedOutOfValidTimeOrder_GiveTheSamePeriodsAsInOrder(string provider)
    {
        await using var ordered = await TestRegistry.CreateAsync(provider);
        await using var shuffled = await TestRegistry.CreateAsync(provider);
        var setup = new Events().Facility("F-A").Facility("F-B").Facility("F-C").Person("P-1");
        await Run.ImportOkAsync(ordered, new Events().Facility("F-A").Facility("F-B").Facility("F-C").Person("P-1")
            .Began("P-1", "F-A", "2025-01-01T00:00:00Z").Transferred("P-1", "F-A", "F-B", "2025-02-01T00:00:00Z")
            .Transferred("P-1", "F-B", "F-C", "2025-03-01T00:00:00Z").WriteTo(ordered.Location.DataDirectory));
        await Run.ImportOkAsync(shuffled, setup.Began("P-1", "F-A", "2025-01-01T00:00:00Z")
            .Transferred("P-1", "F-B", "F-C", "2025-03-01T00:00:00Z").WriteTo(shuffled.Location.DataDirectory, "first.jsonl"));
        // The transfer to F-B was learned of later (a new source): it belongs between the two.
        await Run.ImportOkAsync(shuffled, new Events().Transferred("P-1", "F-A", "F-B", "2025-02-01T00:00:00Z")
            .WriteTo(shuffled.Location.DataDirectory, "late.jsonl"));

        foreach (var asOf in new[] { "2025-01-15", "2025-02-15", "2025-03-15" })
        {
            var a = (await Run.PersonAsync(ordered, "P-1", asOf))!.Current;
            var b = (await Run.PersonAsync(shuffled, "P-1", asOf))!.Current;
            Assert.Equal(a!.Facility, b!.Facility);
        }

        Assert.Equal("F-B", (await Run.PersonAsync(shuffled, "P-1", "2025-02-15"))!.Current!.Facility);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task GetAsync_UnknownPerson_ReturnsNull(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        Assert.Null(await Run.PersonAsync(registry, "P-404"));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task GetAsync_ContractSample_ShowsLegalAndPhysicalCustodianAbroadAndNoCustodyAfterRemoval(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);

        var abroad = (await Run.PersonAsync(registry, "P-1", "2025-04-01T00:00:00Z"))!.Current!;
        var removed = await Run.PersonAsync(registry, "P-3");

        Assert.Equal(("F-SV-1", "SV", "US-ICE", "SV-PRISONS"), (abroad.Facility, abroad.Country, abroad.Authority, abroad.PhysicalAuthority));
        Assert.Null(removed!.Current);
        Assert.Contains(removed.Instruments, i => i.Kind == "final_removal_order" && i.Countries.SequenceEqual(["GT"]));
    }
}
