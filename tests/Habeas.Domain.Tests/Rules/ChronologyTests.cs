using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

public sealed class ChronologyTests
{
    private static TimeValue T(string text) => TimeValue.Parse(text);

    [Theory]
    [InlineData("2025-05-07T09:52:00-04:00", "2025-05-07T10:20:00-04:00", Certainty.Certainly)]
    [InlineData("2025-05-07T10:20:00-04:00", "2025-05-07T09:52:00-04:00", Certainty.No)]
    [InlineData("2025-05-07T10:19:59-04:00", "2025-05-07T10:20:00-04:00", Certainty.Certainly)]
    [InlineData("2025-05-07T10:20:10-04:00", "2025-05-07T10:20:40-04:00", Certainty.Possibly)]
    [InlineData("2025-05-07T10:20:40-04:00", "2025-05-07T10:20:10-04:00", Certainty.Possibly)]
    [InlineData("2025-05-07T10:20:00-04:00", "2025-05-07T14:20:30Z", Certainty.Possibly)]
    [InlineData("2025-05-07T10:20:00-04:00", "2025-05-07T14:21:00Z", Certainty.Certainly)]
    public void AtOrBefore_TwoInstants_ComparesToTheMinute(string a, string b, Certainty expected)
    {
        Assert.Equal(expected, Chronology.AtOrBefore(T(a), T(b)));
    }

    [Theory]
    [InlineData("2025-05-07", "2025-05-07T10:20:00Z", Certainty.Possibly)]
    [InlineData("2025-05-07T10:20:00Z", "2025-05-07", Certainty.Possibly)]
    [InlineData("2025-05-06", "2025-05-07T00:00:00Z", Certainty.Certainly)]
    [InlineData("2025-05-08", "2025-05-07T23:59:00Z", Certainty.No)]
    [InlineData("2025-05-06", "2025-05-07", Certainty.Certainly)]
    [InlineData("2025-05", "2025-05-31", Certainty.Possibly)]
    [InlineData("2025", "2025-05", Certainty.Possibly)]
    [InlineData("2024", "2025-01-01T00:00:00Z", Certainty.Certainly)]
    [InlineData("2025-06", "2025-05-31", Certainty.No)]
    public void AtOrBefore_CoarsePeriods_OverlappingIsPossibly(string a, string b, Certainty expected)
    {
        Assert.Equal(expected, Chronology.AtOrBefore(T(a), T(b)));
    }

    [Fact]
    public void AtOrBefore_DatesInTheirOwnZones_ComparedAsTheirPeriods()
    {
        // 7 May in New York runs 04:00Z on the 7th to 04:00Z on the 8th: 02:00Z on the 8th is inside it.
        var newYorkDay = TimeValue.Parse("2025-05-07", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal(Certainty.Possibly, Chronology.AtOrBefore(newYorkDay, T("2025-05-08T02:00:00Z")));
        Assert.Equal(Certainty.Certainly, Chronology.AtOrBefore(newYorkDay, T("2025-05-08T04:00:00Z")));
        Assert.Equal(Certainty.No, Chronology.AtOrBefore(newYorkDay, T("2025-05-07T03:59:00Z")));
    }

    [Theory]
    [InlineData(null, null, "2025-05-07T10:20:00Z", Certainty.Certainly)]
    [InlineData("2025-05-01", null, "2025-05-07T10:20:00Z", Certainty.Certainly)]
    [InlineData("2025-05-07T10:21:00Z", null, "2025-05-07T10:20:00Z", Certainty.No)]
    [InlineData("2025-05-07T10:20:30Z", null, "2025-05-07T10:20:00Z", Certainty.Possibly)]
    [InlineData("2025-05-07", null, "2025-05-07T10:20:00Z", Certainty.Possibly)]
    [InlineData("2025-05-01", "2025-05-06", "2025-05-07T10:20:00Z", Certainty.No)]
    [InlineData("2025-05-01", "2025-05-07", "2025-05-07T10:20:00Z", Certainty.Possibly)]
    [InlineData("2025-05-01", "2025-05-07T10:20:50Z", "2025-05-07T10:20:00Z", Certainty.Possibly)]
    [InlineData("2025-05-01", "2025-05-07T10:21:00Z", "2025-05-07T10:20:00Z", Certainty.Certainly)]
    [InlineData(null, "2025-05-07T10:19:00Z", "2025-05-07T10:20:00Z", Certainty.No)]
    public void InForce_BeginningAndEnd_DoubtGoesToInForce(string? from, string? until, string at, Certainty expected)
    {
        Assert.Equal(expected, Chronology.InForce(from is null ? null : T(from), until is null ? null : T(until), T(at)));
    }

    [Fact]
    public void LeastAndGreatestInterval_DateToInstant_SpanTheDay()
    {
        var served = T("2025-02-22");
        var removed = T("2025-03-15T22:00:00Z");

        Assert.Equal(TimeSpan.FromDays(21) + TimeSpan.FromHours(22) - TimeSpan.FromDays(1) + TimeSpan.FromTicks(1), Chronology.LeastInterval(served, removed));
        Assert.Equal(TimeSpan.FromDays(21) + TimeSpan.FromHours(22), Chronology.GreatestInterval(served, removed));
    }

    [Fact]
    public void LeastInterval_PeriodsThatMayBeReversed_IsNegative()
    {
        Assert.True(Chronology.LeastInterval(T("2025-03-15"), T("2025-03-15T10:00:00Z")) < TimeSpan.Zero);
    }
}
