using System.Globalization;
using ScottPlot;

namespace Habeas.Web.Charts;

/// <summary>
/// The dashboard's charts, drawn on the server as SVG with ScottPlot (no script in the page). ScottPlot's default font
/// resolves to a serif on this platform's Skia build, so a sans-serif the machine has is named (PLATFORM-web.md §5).
/// </summary>
internal static class Charts
{
    public const int Width = 720;
    public const int Height = 360;

    static Charts() => Fonts.Default = "DejaVu Sans";

    /// <summary>Bars with a label under each.</summary>
    public static string Bars(string title, string axis, IReadOnlyList<(string Label, double Value)> bars)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Left.Label.Text = axis;
        if (bars.Count > 0)
        {
            var series = plot.Add.Bars(bars.Select(b => b.Value).ToArray());
            series.Color = Color.FromHex("#12355b");
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray(), bars.Select(b => b.Label).ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = bars.Count > 6 ? 45 : 0;
            plot.Axes.Margins(bottom: 0);
        }

        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>A population over time, and the capacity as a line.</summary>
    public static string Population(string title, IReadOnlyList<(DateTimeOffset At, int Population)> series, int? capacity, string populationLabel, string capacityLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        if (series.Count > 0)
        {
            var line = plot.Add.Scatter(series.Select(p => p.At.UtcDateTime.ToOADate()).ToArray(), series.Select(p => (double)p.Population).ToArray());
            line.LegendText = populationLabel;
            line.Color = Color.FromHex("#12355b");
            plot.Axes.DateTimeTicksBottom();
        }

        if (capacity is { } c)
        {
            var limit = plot.Add.HorizontalLine(c);
            limit.LegendText = capacityLabel + " " + c.ToString("N0", CultureInfo.CurrentCulture);
            limit.Color = Color.FromHex("#a10000");
        }

        plot.ShowLegend();
        return plot.GetSvgXml(Width, Height);
    }
}
