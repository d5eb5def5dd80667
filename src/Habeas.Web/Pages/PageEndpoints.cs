using Habeas.Core.Identity;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Pages;

/// <summary>
/// The server-rendered pages (issue #7, first ones): the public locator at <c>/</c> and a person's printable case file at
/// <c>/persons/{id}</c>, in English or Spanish (Accept-Language, or <c>?culture=es</c>). No script; the stylesheet is
/// served by the app itself, so that the pages work from a plain build.
/// </summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        // Pages, not API: left out of the OpenAPI document.
        app.MapGet("/", LocatorAsync).ExcludeFromDescription();
        app.MapGet("/persons/{id}", PersonAsync).ExcludeFromDescription();
        app.MapGet("/assets/site.css", () => TypedResults.Text(SiteCss.Text, "text/css; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static async Task<RazorComponentResult<LocatorPage>> LocatorAsync(
        [FromQuery] string? name, [FromQuery] string? dob, [FromQuery] string? country, RegistryDbContext db, LocatorCache cache, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["Name"] = name, ["Dob"] = dob, ["Country"] = country };
        if (!string.IsNullOrWhiteSpace(name))
        {
            try
            {
                parameters["Candidates"] = await new LocateHandler(db, cache).HandleAsync(new LocateQuery(name, dob, country, null, 10, Public: true), cancellationToken);
            }
            catch (ArgumentException ex)
            {
                parameters["Error"] = ex.Message;
            }
        }

        return new RazorComponentResult<LocatorPage>(parameters);
    }

    private static async Task<RazorComponentResult<PersonPage>> PersonAsync(
        string id, [FromQuery(Name = "as_of")] string? asOf, RegistryDbContext db, CancellationToken cancellationToken)
    {
        AsOf? moment = null;
        if (asOf is not null)
        {
            try
            {
                moment = AsOf.Parse(asOf);
            }
            catch (FormatException)
            {
                moment = null;
            }
        }

        var file = await new CaseFileQuery(db).GetAsync(id, moment, cancellationToken);
        return new RazorComponentResult<PersonPage>(new Dictionary<string, object?> { ["File"] = file }) { StatusCode = file is null ? 404 : 200 };
    }
}
