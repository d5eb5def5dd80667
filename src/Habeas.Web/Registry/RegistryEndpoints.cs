using Habeas.Core.Identity;
using Habeas.Core.Import;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Registry;

/// <summary>
/// The registry's facts over HTTP: facilities (<c>GET /api/v1/facilities/{id}?as_of=</c>), the log read by sequence with
/// a stable cursor (<c>GET /api/v1/events?after=&amp;limit=</c>), appending JSON Lines (<c>POST /api/v1/events</c>, the
/// same checks and all-or-nothing batch as <c>habeas import</c>; <c>?dry_run=true</c> checks and writes nothing), and identity resolution's review queue
/// (<c>GET /api/v1/identity/reviews</c>).
/// </summary>
internal static class RegistryEndpoints
{
    /// <summary>The largest batch of events one request may append.</summary>
    internal const long MaxBatchBytes = 64 * 1024 * 1024;

    public static RouteGroupBuilder MapRegistry(this RouteGroupBuilder group)
    {
        group.MapGet("/facilities/{id}", GetFacilityAsync);
        group.MapGet("/events", GetEventsAsync);
        group.MapPost("/events", AppendAsync);
        group.MapGet("/identity/reviews", GetReviewsAsync);
        return group;
    }

    private static async Task<Results<Ok<FacilityReport>, ProblemHttpResult>> GetFacilityAsync(
        string id, [FromQuery(Name = "as_of")] string? asOf, RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!AsOfParameter.TryParse(asOf, out var moment, out var problem))
        {
            return problem!;
        }

        var report = await new FacilityQuery(db).GetAsync(id, moment, cancellationToken);
        return report is null
            ? TypedResults.Problem(title: "Facility not found", detail: $"No facility with id '{id}' is in the registry.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(report);
    }

    /// <summary>Events after a sequence, in log order: <c>next</c> is the cursor for the following page (null at the end).</summary>
    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> GetEventsAsync(
        [FromQuery] long? after, [FromQuery] int? limit, RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!PageParameters.TryRead(after, limit, out var start, out var size, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(await new EventLogQuery(db).PageAsync(start, size, cancellationToken));
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> AppendAsync(
        HttpRequest request, [FromQuery] string? source, [FromQuery(Name = "dry_run")] bool? dryRun, RegistryLocation location, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var result = await LineBatch.AppendAsync(location, time, file => RequestBody.CopyAsync(request, file, MaxBatchBytes, cancellationToken), source ?? "api", "api",
            cancellationToken, dryRun ?? false);
        if (result is null)
        {
            return TooLarge();
        }

        return result switch
        {
            ImportResult.Imported imported => TypedResults.Ok(imported.Summary),
            ImportResult.Checked dry => TypedResults.Ok(dry.Summary),
            ImportResult.AlreadyImported => TypedResults.Problem(title: "Already appended", detail: "A batch with the same SHA-256 was appended before; nothing was added.",
                statusCode: StatusCodes.Status409Conflict),
            ImportResult.Rejected rejected => TypedResults.Problem(
                title: "Nothing was appended",
                detail: string.Join("\n", rejected.Errors),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = rejected.Errors.ToArray(), ["error_count"] = rejected.ErrorCount }),
            _ => TypedResults.Problem(title: "Nothing was appended", detail: result.ToString(), statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static async Task<Ok<ReviewsView>> GetReviewsAsync([FromQuery] double? threshold, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var (pairs, _) = await DuplicatePersons.FindAsync(db, threshold ?? 0.9, cancellationToken);
        return TypedResults.Ok(new ReviewsView(pairs));
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(title: "Batch too large", detail: $"One request may append at most {MaxBatchBytes / 1024 / 1024} MiB; split the file.",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}

/// <summary>Identity resolution's review queue (pairs to merge or review).</summary>
internal sealed record ReviewsView(IReadOnlyList<DuplicatePair> Pairs);
