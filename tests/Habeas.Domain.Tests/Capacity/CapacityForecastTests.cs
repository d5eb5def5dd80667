using System.Text.Json;
using Habeas.Domain.Capacity;
using Habeas.Domain.Events;

namespace Habeas.Domain.Tests.Capacity;

/// <summary>Issue #6: the capacity forecast and an agreement's cost against a hand-computed example (docs/remedies.md).</summary>
public sealed class CapacityForecastTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

    /// <summary>10 held since April; 14 arrivals in the four weeks before 1 June (one every other day from 5 May); 2 left on 20 May.</summary>
    private static List<Stay> Stays() =>
    [
        .. Enumerable.Range(0, 10).Select(_ => new Stay(Day(4, 1), null)),
        .. Enumerable.Range(0, 14).Select(i => new Stay(Day(5, 5).AddDays(2 * i), null)),
        new Stay(Day(4, 1), Day(5, 20)),
        new Stay(Day(4, 1), Day(5, 20)),
    ];

    [Fact]
    public void Outlook_HandComputedExample_FullOn25NovemberAndTwoPlacesShortIn180Days()
    {
        var outlook = CapacityForecast.Outlook(Stays(), 100, At, TimeSpan.FromDays(28));

        // 24 held; (14 − 2) / 28 = 0.428… a day; (100 − 24) / (12 / 28) = 177 ⅓ days after 1 June.
        Assert.Equal((24, 14, 2), (outlook.Population, outlook.Arrivals, outlook.Departures));
        Assert.Equal(12.0 / 28, outlook.NetPerDay, 12);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 8, 0, 0, TimeSpan.Zero), outlook.FullAt!.Value, TimeSpan.FromSeconds(1));
        // In 180 days: 24 + 180 × 12/28 = 101.1 → 2 places short; in 30 and 90 days it fits.
        Assert.Equal(new Dictionary<int, int> { [30] = 0, [90] = 0, [180] = 2 }, outlook.PlacesNeeded);
        Assert.Equal(0.24, outlook.Occupancy!.Value, 12);
    }

    [Fact]
    public void Outlook_Shrinking_NeverFills_AndAlreadyFull_IsFullNow()
    {
        var leaving = new List<Stay> { new(Day(4, 1), Day(5, 30)), new(Day(4, 1), null) };

        Assert.Null(CapacityForecast.Outlook(leaving, 10, At, TimeSpan.FromDays(28)).FullAt);
        Assert.Equal(At, CapacityForecast.Outlook(Stays(), 20, At, TimeSpan.FromDays(28)).FullAt);
        Assert.Null(CapacityForecast.Outlook(Stays(), null, At, TimeSpan.FromDays(28)).FullAt);
    }

    [Fact]
    public void Series_WeeklyPopulation_EndsAtTheMoment()
    {
        var series = CapacityForecast.Series(Stays(), At, TimeSpan.FromDays(7), 3);

        Assert.Equal([(Day(5, 18), 12 + 7), (Day(5, 25), 10 + 11), (At, 24)], series);
    }

    private static AgreementRecorded Agreement(string payment, string from) => (AgreementRecorded)EventReader.Read(
        JsonDocument.Parse($$"""{"type":"agreement.recorded","agreement":"AG-1","parties":["US","SV"],"facilities":["F-SV"],"capacity":300,"payment":{{payment}},"effective_from":"{{from}}","occurred_at":"{{from}}"}""").RootElement,
        [])!;

    [Fact]
    public void Cost_PerPersonPerDay_IsTheCoveredDaysHeldSinceTheAgreementTimesTheAmount()
    {
        var agreement = Agreement("""{"amount":100,"currency":"USD","per":"person","period":"P1D"}""", "2025-05-01");

        // 10 × 31 days + Σ(27 − 2i, i = 0..13) = 196 days + 2 × 19 days = 544 person-days.
        Assert.Equal(54_400m, CapacityForecast.Cost(agreement, Stays(), At));
    }

    [Fact]
    public void Cost_PerPeriod_IsTheAmountForEveryPeriodBegun()
    {
        var agreement = Agreement("""{"amount":6000000,"currency":"USD","per":"period","period":"P1M"}""", "2025-03-01");

        // Periods begun 1 March, 1 April, 1 May and 1 June.
        Assert.Equal(24_000_000m, CapacityForecast.Cost(agreement, [], At));
    }
}
