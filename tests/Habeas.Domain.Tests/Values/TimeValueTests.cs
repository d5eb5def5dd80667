using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Values;

public sealed class TimeValueTests
{
    [Fact]
    public void Parse_InstantWithOffset_IsAPointInUtc()
    {
        var t = TimeValue.Parse("2025-05-07T09:52:00-04:00");

        Assert.Equal(TimePrecision.Instant, t.Precision);
        Assert.Equal(new DateTimeOffset(2025, 5, 7, 13, 52, 0, TimeSpan.Zero), t.Start);
        Assert.Equal(t.Start, t.End);
        Assert.Equal("2025-05-07T09:52:00-04:00", t.Text);
    }

    [Theory]
    [InlineData("2025-03-15", TimePrecision.Date, "2025-03-15T00:00:00Z", "2025-03-16T00:00:00Z")]
    [InlineData("2025-05", TimePrecision.Month, "2025-05-01T00:00:00Z", "2025-06-01T00:00:00Z")]
    [InlineData("2019", TimePrecision.Year, "2019-01-01T00:00:00Z", "2020-01-01T00:00:00Z")]
    public void Parse_CoarseValue_DenotesTheWholePeriodInUtc(string text, TimePrecision precision, string start, string end)
    {
        var t = TimeValue.Parse(text);

        Assert.Equal(precision, t.Precision);
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), t.Start);
        Assert.Equal(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture), t.End);
    }

    [Fact]
    public void Parse_DateInTheEventsZone_StartsAtLocalMidnight()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var t = TimeValue.Parse("2025-03-15", zone);

        Assert.Equal(new DateTimeOffset(2025, 3, 15, 4, 0, 0, TimeSpan.Zero), t.Start);
        Assert.Equal(new DateTimeOffset(2025, 3, 16, 4, 0, 0, TimeSpan.Zero), t.End);
    }

    [Theory]
    [InlineData("2025-03-01T15:00:00")]
    [InlineData("2025-03-01 15:00:00Z")]
    [InlineData("2025-03-01T15:00Z")]
    [InlineData("2025-13")]
    [InlineData("14/02/1990")]
    [InlineData("25")]
    [InlineData("")]
    public void TryParse_NotOneOfTheFourForms_Fails(string text) => Assert.False(TimeValue.TryParse(text, null, out _));
}
