using Habeas.Core.Queries;
using Habeas.Core.Remedies;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Habeas.Web.Charts;

/// <summary>The dashboard's charts as SVG: removals per week, findings per rule, a facility's population against its capacity.</summary>
internal static class ChartEndpoints
{
    private const string Svg = "image/svg+xml";

    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/removals.svg", RemovalsAsync).ExcludeFromDescription();
        app.MapGet("/charts/findings.svg", FindingsAsync).ExcludeFromDescription();
        app.MapGet("/charts/facility/{id}.svg", FacilityAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<ContentHttpResult> RemovalsAsync(RegistryDbContext db, IStringLocalizer<SharedResource> words, CancellationToken cancellationToken)
    {
        var (_, perWeek) = await new DashboardQuery(db).RemovalsAsync(cancellationToken);
        var bars = perWeek.GroupBy(w => w.Week, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Sum(w => w.Removals))).ToArray();
        return TypedResults.Text(Charts.Bars(words["RemovalsPerWeek"], words["Persons"], bars), Svg);
    }

    private static async Task<ContentHttpResult> FindingsAsync(
        RegistryDbContext db, RegistryLocation location, TimeProvider time, LogVersionCache cache, IStringLocalizer<SharedResource> words, CancellationToken cancellationToken)
    {
        var (report, _) = await Pages.PageEndpoints.DashboardNowAsync(cache, db, location, time, cancellationToken);
        var bars = report.Findings.GroupBy(f => f.Rule, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (double)g.Count())).ToArray();
        return TypedResults.Text(Charts.NamedBars(words["FindingsPerRule"], words["Findings"], bars), Svg);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> FacilityAsync(
        string id, RegistryLocation location, TimeProvider time, IStringLocalizer<SharedResource> words, CancellationToken cancellationToken)
    {
        var report = await new CapacityQuery(time).RunAsync(location, id, null, cancellationToken);
        if (report is not { Facilities: [var facility, ..] })
        {
            return TypedResults.NotFound();
        }

        var series = facility.Series.Select(p => (DateTimeOffset.Parse(p.At, System.Globalization.CultureInfo.InvariantCulture), p.Population)).ToArray();
        return TypedResults.Text(Charts.Population($"{facility.Name} ({facility.Facility})", series, facility.Capacity, words["Population"], words["Capacity"]), Svg);
    }
}
