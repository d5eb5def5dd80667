using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Tests.Normalisation;

public sealed class BirthDateTests
{
    [Theory]
    [InlineData("1990-03-05")]
    [InlineData("1990/03/05")]
    [InlineData("19900305")]
    [InlineData("03/05/1990")]
    [InlineData("3/5/1990")]
    [InlineData("03-05-1990")]
    [InlineData("05.03.1990")]
    [InlineData("05-MAR-1990")]
    [InlineData("5-Mar-1990")]
    [InlineData("05 MAR 1990")]
    [InlineData("MAR 5, 1990")]
    [InlineData("March 5 1990")]
    [InlineData("Mar. 5, 1990")]
    [InlineData("5 de marzo de 1990")]
    [InlineData("1990-03-05T00:00:00")]
    [InlineData("3/5/1990 12:00:00 AM")]
    [InlineData("  1990-03-05  ")]
    public void TryParse_FormsSourcesUse_GiveFiveMarch1990(string text)
    {
        Assert.True(BirthDate.TryParse(text, out var date));
        Assert.Equal(new BirthDate(1990, 3, 5), date);
    }

    [Theory]
    [InlineData("05-ENE-1990", 1)]
    [InlineData("05-ABR-1990", 4)]
    [InlineData("05-AGO-1990", 8)]
    [InlineData("05-DIC-1990", 12)]
    [InlineData("05-SEPT-1990", 9)]
    [InlineData("05-SET-1990", 9)]
    [InlineData("5 de septiembre de 1990", 9)]
    public void TryParse_SpanishMonths_AreRead(string text, int month)
    {
        Assert.True(BirthDate.TryParse(text, out var date));
        Assert.Equal(new BirthDate(1990, month, 5), date);
    }

    [Fact]
    public void TryParse_FirstPartOver12_IsTheDay()
    {
        Assert.True(BirthDate.TryParse("25/03/1990", out var date));
        Assert.Equal(new BirthDate(1990, 3, 25), date);
    }

    [Fact]
    public void TryParse_AmbiguousDayAndMonth_AssumesMonthFirst()
    {
        Assert.True(BirthDate.TryParse("04/05/1990", out var date));
        Assert.Equal(new BirthDate(1990, 4, 5), date);
    }

    [Fact]
    public void TryParse_CompactMonthFirstWhenNotIso_IsRead()
    {
        Assert.True(BirthDate.TryParse("03051990", out var date));
        Assert.Equal(new BirthDate(1990, 3, 5), date);
    }

    [Theory]
    [InlineData("1990")]
    [InlineData("03/1990")]
    [InlineData("MAR 1990")]
    public void TryParse_YearAloneOrMonthAndYear_IsYearOnly(string text)
    {
        Assert.True(BirthDate.TryParse(text, out var date));
        Assert.True(date.YearOnly);
        Assert.Equal(new BirthDate(1990, 0, 0), date);
    }

    [Theory]
    [InlineData("05-MAR-90")]
    [InlineData("03/05/90")]
    [InlineData("900305")]
    public void TryParse_TwoDigitYear_IsRejected(string text) => Assert.False(BirthDate.TryParse(text, out _));

    [Theory]
    [InlineData("02/30/1990")]
    [InlineData("1990-02-29")]
    [InlineData("13/13/1990")]
    [InlineData("1990-00-10")]
    [InlineData("1990-04-31")]
    [InlineData("05-FOO-1990")]
    [InlineData("1879")]
    [InlineData("2101-01-01")]
    [InlineData("0000")]
    public void TryParse_ImpossibleDate_IsRejected(string text) => Assert.False(BirthDate.TryParse(text, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("1990-03-05-07")]
    [InlineData("1990?03?05")]
    public void TryParse_NotADate_IsRejected(string? text) => Assert.False(BirthDate.TryParse(text, out _));

    [Fact]
    public void TryParse_LeapDay_IsAccepted()
    {
        Assert.True(BirthDate.TryParse("02/29/1992", out var date));
        Assert.Equal(new BirthDate(1992, 2, 29), date);
    }

    [Fact]
    public void IsSwapOf_DayAndMonthExchanged_IsTrue()
    {
        Assert.True(new BirthDate(1990, 3, 5).IsSwapOf(new BirthDate(1990, 5, 3)));
        Assert.True(new BirthDate(1990, 5, 3).IsSwapOf(new BirthDate(1990, 3, 5)));
    }

    [Theory]
    [InlineData(1990, 3, 5, 1991, 5, 3)]
    [InlineData(1990, 3, 5, 1990, 3, 5)]
    [InlineData(1990, 4, 4, 1990, 4, 4)]
    [InlineData(1990, 3, 5, 1990, 5, 4)]
    [InlineData(1990, 0, 0, 1990, 0, 0)]
    public void IsSwapOf_AnythingElse_IsFalse(int y1, int m1, int d1, int y2, int m2, int d2) =>
        Assert.False(new BirthDate(y1, m1, d1).IsSwapOf(new BirthDate(y2, m2, d2)));

    [Fact]
    public void ToString_WholeDateAndYear_AreIso()
    {
        Assert.Equal("1990-03-05", new BirthDate(1990, 3, 5).ToString());
        Assert.Equal("1990", new BirthDate(1990, 0, 0).ToString());
    }

    [Theory]
    [InlineData(1990, 2, 30, "Day")]
    [InlineData(1990, 13, 1, "Month")]
    [InlineData(1990, 0, 5, "Day")]
    [InlineData(0, 1, 1, "Year")]
    public void Constructor_InvalidDate_ThrowsNamingTheField(int year, int month, int day, string field)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BirthDate(year, month, day));
        Assert.Equal(field, ex.ParamName);
    }
}
