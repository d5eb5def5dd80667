using Habeas.Core.Identity;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Identity;

/// <summary>
/// <c>GET /api/v1/locate?name=&amp;dob=&amp;country=&amp;id=&amp;limit=</c>: the public locator. Until accounts exist
/// (issue #8) every caller is public: sealed persons are left out and only DESIGN.md's public fields are returned.
/// </summary>
internal static class LocateEndpoints
{
    public static RouteGroupBuilder MapLocate(this RouteGroupBuilder group)
    {
        group.MapGet("/locate", LocateAsync).RequireRateLimiting(RateLimits.Locator);
        return group;
    }

    private static async Task<Results<Ok<LocateResponse>, ProblemHttpResult>> LocateAsync(
        [FromQuery] string? name, [FromQuery] string? dob, [FromQuery] string? country, [FromQuery] string? id, [FromQuery] int? limit,
        RegistryDbContext db, LocatorCache cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = new LocateQuery(name, dob, country, id, limit ?? 5, Public: true);
        try
        {
            return TypedResults.Ok(new LocateResponse(await new LocateHandler(db, cache, time).HandleAsync(query, cancellationToken)));
        }
        catch (ArgumentException ex)
        {
            return TypedResults.Problem(title: "Bad locator query", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The candidates, best first.</summary>
    internal sealed record LocateResponse(IReadOnlyList<LocateCandidate> Candidates);
}
