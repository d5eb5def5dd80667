using System.Net;
using System.Text;
using System.Text.Json;
using Habeas.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Cli.Tests;

/// <summary>
/// Every documented error of the API, on a real server: the status, an RFC 7807 problem document, and a detail that
/// names what was wrong. And every API route is exercised, here or in <see cref="ApiTests"/>: a new endpoint without a
/// test fails the build.
/// </summary>
public sealed class ApiErrorTests
{
    /// <summary>Method, path, body (null: none), the status and a fragment the problem's detail must hold.</summary>
    private static readonly (string Method, string Route, string Path, string? Body, HttpStatusCode Status, string Detail)[] Errors =
    [
        ("GET", "/api/v1/persons/{id}", "/api/v1/persons/P-404", null, HttpStatusCode.NotFound, "'P-404'"),
        ("GET", "/api/v1/persons/{id}", "/api/v1/persons/P-1?as_of=yesterday", null, HttpStatusCode.BadRequest, "yesterday"),
        ("GET", "/api/v1/findings", "/api/v1/findings?as_of=2025-13-40", null, HttpStatusCode.BadRequest, "2025-13-40"),
        ("GET", "/api/v1/locate", "/api/v1/locate?name=Ana+Ruiz&dob=14/14/14", null, HttpStatusCode.BadRequest, "dob"),
        ("GET", "/api/v1/findings", "/api/v1/findings?after=not-a-cursor", null, HttpStatusCode.BadRequest, "after"),
        ("GET", "/api/v1/findings", "/api/v1/findings?limit=0", null, HttpStatusCode.BadRequest, "limit"),
        ("GET", "/api/v1/locate", "/api/v1/locate", null, HttpStatusCode.BadRequest, "name"),
        ("POST", "/api/v1/screenings", "/api/v1/screenings?country=SV", "Last Name,Date of Birth\nRUIZ,02/30/1990\n", HttpStatusCode.BadRequest, "manifest:"),
        ("POST", "/api/v1/screenings", "/api/v1/screenings?country=SV", new string('x', 17 * 1024 * 1024), HttpStatusCode.RequestEntityTooLarge, "16 MiB"),
        ("GET", "/api/v1/obligations", "/api/v1/obligations?status=late", null, HttpStatusCode.BadRequest, "status"),
        ("GET", "/api/v1/obligations", "/api/v1/obligations?as_of=soon", null, HttpStatusCode.BadRequest, "soon"),
        ("GET", "/api/v1/obligations", "/api/v1/obligations?limit=1001", null, HttpStatusCode.BadRequest, "limit"),
        ("GET", "/api/v1/capacity", "/api/v1/capacity?facility=F-404", null, HttpStatusCode.NotFound, "'F-404'"),
        ("GET", "/api/v1/facilities/{id}", "/api/v1/facilities/F-404", null, HttpStatusCode.NotFound, "'F-404'"),
        ("GET", "/api/v1/facilities/{id}", "/api/v1/facilities/F-TX-1?as_of=later", null, HttpStatusCode.BadRequest, "later"),
        ("GET", "/api/v1/events", "/api/v1/events?limit=5000", null, HttpStatusCode.BadRequest, "limit"),
        ("POST", "/api/v1/events", "/api/v1/events", "{\"type\":\"person.recorded\",\"given\":\"A\",\"dob\":\"1990-02-30\"}\n", HttpStatusCode.BadRequest, "body:1: field 'dob'"),
        ("GET", "/api/v1/transfers", "/api/v1/transfers?after=-1", null, HttpStatusCode.BadRequest, "after"),
        ("GET", "/api/v1/transfers/{id}", "/api/v1/transfers/R-404", null, HttpStatusCode.NotFound, "'R-404'"),
        ("POST", "/api/v1/transfers", "/api/v1/transfers", "{\"persons\":[\"P-1\"],\"to\":\"F-LA-1\"}", HttpStatusCode.BadRequest, "field 'request'"),
        ("POST", "/api/v1/transfers", "/api/v1/transfers", "{\"type\":\"person.removed\",\"request\":\"R-9\"}", HttpStatusCode.BadRequest, "field 'type'"),
        ("POST", "/api/v1/transfers", "/api/v1/transfers", new string(' ', 1024 * 1024 + 1), HttpStatusCode.RequestEntityTooLarge, "KiB"),
        ("POST", "/api/v1/follows/", "/api/v1/follows", "{\"follower\":\"ana\",\"kind\":\"planet\",\"id\":\"P-1\"}", HttpStatusCode.BadRequest, "kind"),
        ("DELETE", "/api/v1/follows/{id}", "/api/v1/follows/FW-404", null, HttpStatusCode.NotFound, "'FW-404'"),
        ("GET", "/api/v1/ledger/proofs/inclusion/{sequence:long}", "/api/v1/ledger/proofs/inclusion/99999", null, HttpStatusCode.BadRequest, "latest checkpoint covers"),
        ("GET", "/api/v1/ledger/proofs/consistency", "/api/v1/ledger/proofs/consistency?from=99999", null, HttpStatusCode.BadRequest, "latest checkpoint covers"),
        ("GET", "/api/v1/ledger/receipts/{sequence:long}", "/api/v1/ledger/receipts/0", null, HttpStatusCode.BadRequest, "latest checkpoint covers"),
    ];

    /// <summary>The routes whose answers <see cref="ApiTests"/> checks (success, and errors not listed above).</summary>
    private static readonly string[] CheckedInApiTests =
    [
        "/api/v1/rules", "/api/v1/follows/", "/api/v1/identity/reviews", "/api/v1/ledger/checkpoint", "/api/v1/transfers/",
    ];

    [Fact]
    public async Task EveryDocumentedError_IsAProblemDocumentNamingWhatWasWrong()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = await SampleServer.StartAsync(registry, ct);
        await using var _ = app;
        using var http = SampleServer.Client(app);
        var wrong = new List<string>();

        foreach (var (method, _, path, body, status, detail) in Errors)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, path.Contains("screenings", StringComparison.Ordinal) ? "text/csv" : "application/json");
            }

            using var response = await http.SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            var type = response.Content.Headers.ContentType?.MediaType;
            string? problemDetail = null;
            if (type == "application/problem+json")
            {
                using var problem = JsonDocument.Parse(text);
                problemDetail = problem.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
            }

            if (response.StatusCode != status || type != "application/problem+json" || problemDetail?.Contains(detail, StringComparison.Ordinal) != true)
            {
                wrong.Add($"{method} {path}: got {(int)response.StatusCode} {type} {text[..Math.Min(text.Length, 300)]}; expected {(int)status} problem+json with \"{detail}\"");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task EveryApiRoute_IsExercisedByATest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = Habeas.Web.HabeasWebApp.Build(registry.Location, "http://127.0.0.1:0");
        await using var _ = app;

        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var tested = Errors.Select(e => e.Route).Concat(CheckedInApiTests).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(tested).Order(StringComparer.Ordinal));
        await Task.CompletedTask;
    }
}
