using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Habeas.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Habeas.Cli.Tests;

/// <summary>
/// Issue #7's API, first part, on a real server on 127.0.0.1: the OpenAPI document (checked in and compared), its
/// reference page, and the endpoints over the registry, remedies, follows and the log — shapes, cursors and problems.
/// </summary>
public sealed class ApiTests
{
    private static string CheckedIn => Path.Combine(SharedData.RepositoryRoot, "docs", "openapi.v1.json");

    private static async Task<(WebApplication App, HttpClient Http)> ServeAsync(TestRegistry registry, CancellationToken ct)
    {
        var app = await SampleServer.StartAsync(registry, ct);
        return (app, SampleServer.Client(app));
    }

    [Fact]
    public async Task OpenApiDocument_IsTheCheckedInOne_AndTheReferencePageIsServed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;

        var served = JsonNode.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), ct))!;
        served["servers"] = null;
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("HABEAS_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CheckedIn, text, ct);
        }

        using var page = await http.GetAsync(new Uri("/docs/api/", UriKind.Relative), ct);

        Assert.True(File.Exists(CheckedIn), "docs/openapi.v1.json is missing: run the API tests once with HABEAS_UPDATE_OPENAPI=1.");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(CheckedIn, ct)), JsonNode.Parse(text)),
            "The API changed but docs/openapi.v1.json did not: review the change, then run this test with HABEAS_UPDATE_OPENAPI=1 and commit the file.");
        foreach (var path in new[] { "/api/v1/persons/{id}", "/api/v1/obligations", "/api/v1/capacity", "/api/v1/events", "/api/v1/follows", "/api/v1/locate", "/api/v1/screenings" })
        {
            Assert.NotNull(served["paths"]![path]);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Events_ReadWithACursor_AndAppendedAllOrNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;

        using var first = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/events?limit=5", UriKind.Relative), ct));
        var next = first.RootElement.GetProperty("next").GetInt64();
        using var second = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/v1/events?after={next}&limit=1000", UriKind.Relative), ct));
        using var bad = await http.PostAsync(new Uri("/api/v1/events", UriKind.Relative), new StringContent(
            """{"type":"custody.began","person":"P-404","facility":"F-TX-1","authority":"US-ICE","occurred_at":"2025-05-01T00:00:00Z"}""" + "\n", Encoding.UTF8), ct);
        using var dry = await http.PostAsync(new Uri("/api/v1/events?dry_run=true", UriKind.Relative), new StringContent(
            """{"type":"person.recorded","person":"P-78","given":"Lucía","surnames":["Mejía"],"nationalities":["HN"]}""" + "\n", Encoding.UTF8), ct);
        using var notWritten = await http.GetAsync(new Uri("/api/v1/persons/P-78", UriKind.Relative), ct);
        using var good = await http.PostAsync(new Uri("/api/v1/events?source=clerk", UriKind.Relative), new StringContent(
            """{"type":"person.recorded","person":"P-77","given":"Lucía","surnames":["Mejía"],"nationalities":["HN"]}""" + "\n", Encoding.UTF8), ct);
        using var file = await http.GetAsync(new Uri("/api/v1/persons/P-77", UriKind.Relative), ct);

        Assert.Equal(5, first.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(5, next);
        Assert.Equal(6, second.RootElement.GetProperty("events")[0].GetProperty("sequence").GetInt64());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("next").ValueKind);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (bad.StatusCode, bad.Content.Headers.ContentType?.MediaType));
        Assert.Contains("body:1: field 'person'", await bad.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Contains("\"events_by_type\":{\"person.recorded\":1}", await dry.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notWritten.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Transfers_TheGateRefusesAProtectedPersonsRemoval_ApprovesAnother_AndEachIsReadBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;
        static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

        // P-1 holds a withholding grant for El Salvador; P-3 a final order naming Guatemala.
        using var refused = await http.PostAsync(new Uri("/api/v1/transfers", UriKind.Relative), Json(
            """{"request":"R-10","persons":["P-1"],"from":"F-TX-1","to":"F-SV-1","planned_for":"2025-07-01","authority":"US-ICE","basis":"title8_order"}"""), ct);
        using var approved = await http.PostAsync(new Uri("/api/v1/transfers", UriKind.Relative), Json(
            """{"request":"R-11","persons":["P-1"],"from":"F-TX-1","to":"F-LA-1","planned_for":"2025-07-01","authority":"US-ICE","basis":"civil_immigration"}"""), ct);
        using var again = await http.PostAsync(new Uri("/api/v1/transfers", UriKind.Relative), Json(
            """{"request":"R-11","persons":["P-1"],"to":"F-LA-1","planned_for":"2025-07-02","authority":"US-ICE"}"""), ct);
        using var unknown = await http.PostAsync(new Uri("/api/v1/transfers", UriKind.Relative), Json(
            """{"request":"R-12","persons":["P-404"],"to":"F-LA-1","planned_for":"2025-07-02","authority":"US-ICE"}"""), ct);
        using var notJson = await http.PostAsync(new Uri("/api/v1/transfers", UriKind.Relative), Json("[1,2]"), ct);
        using var read = JsonDocument.Parse(await http.GetStringAsync(refused.Headers.Location, ct));
        using var missing = await http.GetAsync(new Uri("/api/v1/transfers/R-404", UriKind.Relative), ct);
        using var first = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/transfers?limit=1", UriKind.Relative), ct));
        var next = first.RootElement.GetProperty("next").GetInt64();
        using var second = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/v1/transfers?after={next}", UriKind.Relative), ct));
        using var badPage = await http.GetAsync(new Uri("/api/v1/transfers?limit=0", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.Created, refused.StatusCode);
        Assert.Equal("/api/v1/transfers/R-10", refused.Headers.Location?.OriginalString);
        Assert.Equal("refused", read.RootElement.GetProperty("decision").GetString());
        Assert.Contains(read.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PROTECTED-COUNTRY");
        Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
        using (var ok = JsonDocument.Parse(await approved.Content.ReadAsStringAsync(ct)))
        {
            Assert.Equal("approved", ok.RootElement.GetProperty("decision").GetString());
            Assert.Equal(["P-1"], ok.RootElement.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));
        }

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (unknown.StatusCode, unknown.Content.Headers.ContentType?.MediaType));
        Assert.Contains("body:1: field 'persons", await unknown.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("R-10", first.RootElement.GetProperty("transfers")[0].GetProperty("request").GetString());
        Assert.Equal(["R-11"], second.RootElement.GetProperty("transfers").EnumerateArray().Select(t => t.GetProperty("request").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task FindingsAndObligations_PagedByTheLinkHeader_GiveTheWholeListInItsOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;

        async Task<(string[] Whole, string[] Paged, int Pages)> WalkAsync(string path, string list, string id)
        {
            using var whole = JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative), ct));
            var paged = new List<string>();
            var pages = 0;
            var next = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=2";
            while (next is not null && pages < 100)
            {
                using var response = await http.GetAsync(new Uri(next, UriKind.Relative), ct);
                using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                paged.AddRange(page.RootElement.GetProperty(list).EnumerateArray().Select(f => f.GetProperty(id).GetString()!));
                pages++;
                next = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
            }

            return (whole.RootElement.GetProperty(list).EnumerateArray().Select(f => f.GetProperty(id).GetString()!).ToArray(), paged.ToArray(), pages);
        }

        var findings = await WalkAsync("/api/v1/findings?as_of=2025-04-20", "findings", "id");
        var obligations = await WalkAsync("/api/v1/obligations?as_of=2025-04-20", "obligations", "id");
        using var bad = await http.GetAsync(new Uri("/api/v1/findings?after=not-a-cursor!", UriKind.Relative), ct);

        Assert.True(findings.Whole.Length >= 3, $"{findings.Whole.Length} findings");
        Assert.Equal(findings.Whole, findings.Paged);
        Assert.Equal((findings.Whole.Length + 1) / 2, findings.Pages);
        Assert.NotEmpty(obligations.Whole);
        Assert.Equal(obligations.Whole, obligations.Paged);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Dashboard_IsPreparedAgainSoonAfterTheLogChanges_WithoutAReaderWaitingForIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;
        var cache = app.Services.GetRequiredService<Habeas.Web.LogVersionCache>();

        using var appended = JsonDocument.Parse(await (await http.PostAsync(new Uri("/api/v1/events", UriKind.Relative), new StringContent(
            """{"type":"person.recorded","person":"P-80","given":"Lucía","surnames":["Mejía"]}""" + "\n", Encoding.UTF8), ct)).Content.ReadAsStringAsync(ct));
        var version = appended.RootElement.GetProperty("last_sequence").GetInt64();
        // The warmer looks every 5 s; allow it a few turns on a loaded machine.
        for (var i = 0; i < 120 && !(cache.IsCurrent("dashboard", version) && cache.IsCurrent("reviews", version)); i++)
        {
            await Task.Delay(250, ct);
        }

        Assert.True(cache.IsCurrent("dashboard", version), "the dashboard was not prepared for the new version");
        Assert.True(cache.IsCurrent("reviews", version), "the review queue was not prepared for the new version");
        Assert.True(cache.IsCurrent("obligations:", version), "the obligations board was not prepared for the new version");
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Locator_PastItsLimitPerAddress_Answers429WithWhenToTryAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await new Habeas.Core.Import.ImportHandler(registry.Location, TimeProvider.System).HandleAsync(
            new Habeas.Core.Import.ImportCommand(SharedData.ContractSample, null, "test"), null, ct);
        var app = Habeas.Web.HabeasWebApp.Build(registry.Location, "http://127.0.0.1:0", ["--Habeas:Locator:RequestsPerMinute=2"]);
        await app.StartAsync(ct);
        await using var _ = app;
        using var http = SampleServer.Client(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(new Uri("/api/v1/locate?name=Marta+Ruiz", UriKind.Relative), ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                Assert.Contains("more than 2 times in a minute", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
            }
        }

        using var page = await http.GetAsync(new Uri("/?name=Marta+Ruiz", UriKind.Relative), ct);
        using var other = await http.GetAsync(new Uri("/api/v1/persons/P-1", UriKind.Relative), ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task RemediesFacilitiesAndReviews_AnswerAsTheCommandsDo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;

        using var obligations = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/obligations?as_of=2025-04-20T00:00:00Z&status=overdue", UriKind.Relative), ct));
        using var badStatus = await http.GetAsync(new Uri("/api/v1/obligations?status=late", UriKind.Relative), ct);
        using var capacity = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/capacity?facility=F-SV-1&as_of=2025-04-01", UriKind.Relative), ct));
        using var noFacility = await http.GetAsync(new Uri("/api/v1/capacity?facility=F-NOPE", UriKind.Relative), ct);
        using var facility = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/facilities/F-SV-1?as_of=2025-04-01", UriKind.Relative), ct));
        using var reviews = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/identity/reviews", UriKind.Relative), ct));

        Assert.Contains(obligations.RootElement.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("id").GetString() == "OB/O-1/P-1/facilitate_return");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(40000, capacity.RootElement.GetProperty("facilities")[0].GetProperty("capacity").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, noFacility.StatusCode);
        Assert.Equal("F-SV-1", facility.RootElement.GetProperty("facility").GetString());
        Assert.Equal(JsonValueKind.Array, reviews.RootElement.GetProperty("pairs").ValueKind);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Follows_MadeListedAndEnded_TheSecretOnlyInTheFirstAnswer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;

        using var made = await http.PostAsJsonAsync(new Uri("/api/v1/follows", UriKind.Relative),
            new { follower = "counsel", kind = "person", id = "P-1", webhook = "http://127.0.0.1:9/hook" }, ct);
        using var created = JsonDocument.Parse(await made.Content.ReadAsStringAsync(ct));
        var id = created.RootElement.GetProperty("follow").GetString();
        var listed = await http.GetStringAsync(new Uri("/api/v1/follows?follower=counsel", UriKind.Relative), ct);
        using var badKind = await http.PostAsJsonAsync(new Uri("/api/v1/follows", UriKind.Relative), new { follower = "counsel", kind = "flight", id = "FL-1" }, ct);
        using var ended = await http.DeleteAsync(new Uri($"/api/v1/follows/{id}", UriKind.Relative), ct);
        using var again = await http.DeleteAsync(new Uri($"/api/v1/follows/{id}", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        Assert.False(string.IsNullOrEmpty(created.RootElement.GetProperty("webhook_secret").GetString()));
        Assert.Contains(id!, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("feed_token", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (ended.StatusCode, again.StatusCode));
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task Ledger_CheckpointProofsAndReceipt_AsTheCommandsGiveThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var (app, http) = await ServeAsync(registry, ct);
        await using var _ = app;
        using var __ = http;

        var checkpoint = await http.GetStringAsync(new Uri("/api/v1/ledger/checkpoint", UriKind.Relative), ct);
        using var inclusion = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/ledger/proofs/inclusion/3", UriKind.Relative), ct));
        using var consistency = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/ledger/proofs/consistency?from=5", UriKind.Relative), ct));
        var receipt = await http.GetStringAsync(new Uri("/api/v1/ledger/receipts/3", UriKind.Relative), ct);
        using var beyond = await http.GetAsync(new Uri("/api/v1/ledger/proofs/inclusion/9999", UriKind.Relative), ct);

        var lines = checkpoint.Split('\n');
        var size = long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("habeas", lines[0], StringComparison.Ordinal);
        Assert.Equal((2L, size), (inclusion.RootElement.GetProperty("leaf_index").GetInt64(), inclusion.RootElement.GetProperty("tree_size").GetInt64()));
        Assert.True(inclusion.RootElement.GetProperty("proof").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Array, consistency.RootElement.GetProperty("proof").ValueKind);
        Assert.Contains(lines[0], receipt, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (beyond.StatusCode, beyond.Content.Headers.ContentType?.MediaType));
        await app.StopAsync(ct);
    }
}
