using Habeas.Core.Remedies;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Remedies;

/// <summary>
/// Remedies over HTTP, the same handlers as <c>habeas obligations</c> and <c>habeas capacity</c>:
/// <c>GET /api/v1/obligations?as_of=&amp;status=</c>, <c>GET /api/v1/capacity?facility=&amp;as_of=</c>.
/// </summary>
internal static class RemedyEndpoints
{
    public static RouteGroupBuilder MapRemedies(this RouteGroupBuilder group)
    {
        group.MapGet("/obligations", GetObligationsAsync);
        group.MapGet("/capacity", GetCapacityAsync);
        return group;
    }

    private static async Task<Results<Ok<ObligationsView>, ProblemHttpResult>> GetObligationsAsync(
        [FromQuery(Name = "as_of")] string? asOf, [FromQuery] string? status, [FromQuery] string? after, [FromQuery] int? limit, HttpContext http,
        RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!AsOfParameter.TryParse(asOf, out var moment, out var problem))
        {
            return problem!;
        }

        if (status is not null && !ObligationsQuery.Statuses.Contains(status))
        {
            return TypedResults.Problem(title: "Unknown status", detail: $"status: expected one of {string.Join(", ", ObligationsQuery.Statuses)}, got \"{status}\".",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var (at, obligations) = await new ObligationsQuery(new RuleBook(), time).RunAsync(location, moment, status, cancellationToken);
        // The board's own order: by court order (remedies last), person, id.
        if (!KeysetPages.TryPage(http, obligations, o => KeysetPages.Key(o.Order is null ? "1" : "0", o.Order, o.Person, o.Id), after, limit, out var page, out problem))
        {
            return problem!;
        }

        return TypedResults.Ok(new ObligationsView(at, page));
    }

    private static async Task<Results<Ok<CapacityReport>, ProblemHttpResult>> GetCapacityAsync(
        [FromQuery] string? facility, [FromQuery(Name = "as_of")] string? asOf, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!AsOfParameter.TryParse(asOf, out var moment, out var problem))
        {
            return problem!;
        }

        var report = await new CapacityQuery(time).RunAsync(location, facility, moment, cancellationToken);
        return report is null
            ? TypedResults.Problem(title: "Facility not found", detail: $"No facility with id '{facility}' is in the registry.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(report);
    }
}

/// <summary><c>{"as_of", "obligations": [...]}</c>, as <c>habeas obligations --format json</c>.</summary>
internal sealed record ObligationsView(string AsOf, IReadOnlyList<ObligationView> Obligations);
