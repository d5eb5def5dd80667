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

    /// <summary>
    /// Bars with a label under each; past a dozen bars (weeks) only every k-th is labelled, so that the labels can be
    /// read.
    /// </summary>
    public static string Bars(string title, string axis, IReadOnlyList<(string Label, double Value)> bars)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Left.Label.Text = axis;
        if (bars.Count > 0)
        {
            var series = plot.Add.Bars(bars.Select(b => b.Value).ToArray());
            series.Color = Color.FromHex("#12355b");
            var every = (bars.Count + MaxLabels - 1) / MaxLabels;
            var labelled = Enumerable.Range(0, bars.Count).Where(i => i % every == 0).ToArray();
            plot.Axes.Bottom.SetTicks(labelled.Select(i => (double)i).ToArray(), labelled.Select(i => bars[i].Label).ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = labelled.Length > 6 ? 45 : 0;
            plot.Axes.Bottom.TickLabelStyle.Alignment = labelled.Length > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
            plot.Axes.Bottom.MinimumSize = labelled.Length > 6 ? 90 : 0;
            plot.Axes.Margins(bottom: 0);
        }

        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Horizontal bars, each named on the left (rule ids are too long to stand under a bar).</summary>
    public static string NamedBars(string title, string axis, IReadOnlyList<(string Label, double Value)> bars)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Bottom.Label.Text = axis;
        if (bars.Count > 0)
        {
            // The first bar at the top.
            var series = plot.Add.Bars(bars.Select(b => b.Value).Reverse().ToArray());
            series.Horizontal = true;
            series.Color = Color.FromHex("#12355b");
            plot.Axes.Left.SetTicks(Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray(), bars.Select(b => b.Label).Reverse().ToArray());
            plot.Axes.Left.MinimumSize = 170;
            plot.Axes.Margins(left: 0);
        }

        return plot.GetSvgXml(Width, Height);
    }

    private const int MaxLabels = 12;

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

        // From zero: a prison with room for 40,000 holding 249 must look nearly empty, not full.
        var top = Math.Max(capacity ?? 0, series.Count == 0 ? 0 : series.Max(p => p.Population));
        plot.Axes.SetLimitsY(0, Math.Max(1, top) * 1.08);
        plot.ShowLegend();
        return plot.GetSvgXml(Width, Height);
    }
}
