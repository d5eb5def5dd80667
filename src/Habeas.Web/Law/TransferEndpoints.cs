using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Habeas.Core.Import;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Law;

/// <summary>
/// The gate over HTTP: <c>POST /api/v1/transfers</c> records a <c>transfer.requested</c> (the body is its fields) and the
/// registry decides it in the same transaction, as on import — approved only when no rule blocks; <c>GET
/// /api/v1/transfers/{id}</c> reads a request and its decision back; <c>GET /api/v1/transfers?after=&amp;limit=</c> pages
/// through them.
/// </summary>
internal static class TransferEndpoints
{
    private const long MaxRequestBytes = 1024 * 1024;

    public static RouteGroupBuilder MapTransfers(this RouteGroupBuilder group)
    {
        group.MapPost("/", RequestAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/", PageAsync);
        return group;
    }

    /// <summary>
    /// Records the request and returns the decision: 201 whether approved or refused (a refusal is a decision, recorded
    /// with its findings, not an error); 400 naming the field when the request does not read; 409 when the id is taken.
    /// </summary>
    private static async Task<Results<Created<TransferView>, ProblemHttpResult>> RequestAsync(
        HttpRequest request, RegistryLocation location, RegistryDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        using var buffered = new MemoryStream();
        if (!await RequestBody.CopyAsync(request, buffered, MaxRequestBytes, cancellationToken))
        {
            return TypedResults.Problem(title: "Request too large", detail: $"A transfer request may be at most {MaxRequestBytes / 1024} KiB.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(buffered.ToArray()) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return BadRequest(["body: expected one JSON object with the fields of transfer.requested (request, persons, from, to or country, planned_for, authority, basis)."]);
        }

        if (body["type"] is { } type && type.GetValueKind() == JsonValueKind.String && type.GetValue<string>() != "transfer.requested")
        {
            return BadRequest([$"body: field 'type': expected transfer.requested (or no type), got \"{type.GetValue<string>()}\"."]);
        }

        body["type"] = "transfer.requested";
        // The moment of the request is when it is made, unless the caller says when it was made.
        body["occurred_at"] ??= time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (body["request"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
        {
            return BadRequest(["body:1: field 'request': expected the request's id (a string such as R-2025-0315), got none."]);
        }

        var requestId = id.GetValue<string>();
        if (await new TransferRequestQuery(db).GetAsync(requestId, cancellationToken) is not null)
        {
            return TypedResults.Problem(title: "Request id taken", detail: $"A transfer request '{requestId}' is already recorded; give the new request its own id.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var result = await LineBatch.AppendAsync(location, time, [body.ToJsonString()], "api", "api", cancellationToken);
        switch (result)
        {
            case ImportResult.Imported:
                var view = await new TransferRequestQuery(db).GetAsync(requestId, cancellationToken);
                return TypedResults.Created($"/api/v1/transfers/{Uri.EscapeDataString(requestId)}", view);
            case ImportResult.Rejected rejected:
                return BadRequest(rejected.Errors);
            default:
                return TypedResults.Problem(title: "Nothing was recorded", detail: "Another writer appended at the same moment; send the request again.",
                    statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static async Task<Results<Ok<TransferView>, ProblemHttpResult>> GetAsync(string id, RegistryDbContext db, CancellationToken cancellationToken) =>
        await new TransferRequestQuery(db).GetAsync(id, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(title: "Transfer request not found", detail: $"No transfer request with id '{id}' is in the registry.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<TransferPage>, ProblemHttpResult>> PageAsync(
        [FromQuery] long? after, [FromQuery] int? limit, RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!PageParameters.TryRead(after, limit, out var start, out var size, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(await new TransferRequestQuery(db).PageAsync(start, size, cancellationToken));
    }

    private static ProblemHttpResult BadRequest(IReadOnlyList<string> errors) =>
        TypedResults.Problem(title: "The transfer request was not recorded", detail: string.Join("\n", errors), statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = errors.ToArray() });
}
