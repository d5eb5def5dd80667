using System.Globalization;
using Habeas.Core.Audit;
using Habeas.Core.Queries;
using Habeas.Core.Screening;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Law;

/// <summary>
/// Law as code over HTTP, calling the same handlers as <c>habeas rules</c>, <c>habeas audit</c> and <c>habeas screen</c>:
/// <c>GET /api/v1/rules</c>, <c>GET /api/v1/findings?as_of=</c>, <c>POST /api/v1/screenings</c> (a manifest CSV as the body).
/// </summary>
internal static class LawEndpoints
{
    /// <summary>The largest manifest accepted: a full removal flight is a few hundred rows, a day's list a few thousand.</summary>
    private const long MaxManifestBytes = 16 * 1024 * 1024;

    public static RouteGroupBuilder MapLaw(this RouteGroupBuilder group)
    {
        group.MapGet("/rules", GetRules);
        group.MapGet("/findings", GetFindingsAsync);
        group.MapPost("/screenings", ScreenAsync);
        return group;
    }

    private static Ok<RulesView> GetRules() => TypedResults.Ok(new RulesView(new RuleBook().Rules.Select(RuleView.From).ToArray()));

    /// <summary>
    /// The audit; with <c>limit</c> (and <c>after</c>, from the <c>Link</c> header of the previous page) a page of its
    /// findings in their order (by sequence, rule, person) and no remedies (they are on <c>/api/v1/obligations</c>).
    /// </summary>
    private static async Task<Results<Ok<AuditReport>, ProblemHttpResult>> GetFindingsAsync(
        [FromQuery(Name = "as_of")] string? asOf, [FromQuery] string? after, [FromQuery] int? limit, HttpContext http, RegistryLocation location, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!AsOfParameter.TryParse(asOf, out var moment, out var problem))
        {
            return problem!;
        }

        var report = await new AuditQuery(new RuleBook(), time).RunAsync(location, moment, cancellationToken);
        if (!KeysetPages.TryPage(http, report.Findings, f => KeysetPages.Key((f.Sequence ?? long.MaxValue).ToString("D19", CultureInfo.InvariantCulture), f.Rule, f.Person, f.Id),
                after, limit, out var page, out problem))
        {
            return problem!;
        }

        return TypedResults.Ok(ReferenceEquals(page, report.Findings) ? report : report with { Findings = page, Remedies = [] });
    }

    private static async Task<Results<Ok<ScreeningReport>, ProblemHttpResult>> ScreenAsync(
        HttpRequest request, [FromQuery] string? to, [FromQuery] string? country, [FromQuery] string? on, [FromQuery] string? basis,
        RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        // The CSV reader reads synchronously, which Kestrel does not allow on the request body: the upload (a few MiB
        // at most) is buffered first, and its size checked as it arrives.
        using var buffered = new MemoryStream();
        if (!await RequestBody.CopyAsync(request, buffered, MaxManifestBytes, cancellationToken))
        {
            return TypedResults.Problem(title: "Manifest too large", detail: $"A manifest may be at most {MaxManifestBytes / 1024 / 1024} MiB.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        buffered.Position = 0;
        var result = await new ScreeningHandler(location, new RuleBook(), time).HandleAsync(
            new ScreenCommand("manifest", to, country, on, basis), () => buffered, cancellationToken);
        return result switch
        {
            ScreenResult.Screened s => TypedResults.Ok(s.Report),
            ScreenResult.Invalid invalid => TypedResults.Problem(
                title: "The manifest was not screened",
                detail: string.Join("\n", invalid.Errors.Take(50)),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = invalid.Errors.Take(50).ToArray(), ["error_count"] = invalid.Errors.Count }),
            _ => throw new InvalidOperationException($"Unhandled screening result {result.GetType().Name}."),
        };
    }
}
