using System.Net;
using System.Text.Json;
using Habeas.Testing;

namespace Habeas.Cli.Tests;

public sealed class ServeTests
{
    // Issue #2: until the web issue lands, serve exposes /health and /api/v1/persons/{id} as JSON on 127.0.0.1.
    [Fact]
    public async Task Serve_OnLoopback_AnswersHealthAndTheCaseFileAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await using var app = await SampleServer.StartAsync(registry, ct);
        var address = SampleServer.Address(app);
        using var http = SampleServer.Client(app);

        var health = await http.GetStringAsync(new Uri("/health", UriKind.Relative), ct);
        using var file = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/persons/P-1?as_of=2025-04-01T00:00:00Z", UriKind.Relative), ct));
        using var missing = await http.GetAsync(new Uri("/api/v1/persons/P-404", UriKind.Relative), ct);
        using var bad = await http.GetAsync(new Uri("/api/v1/persons/P-1?as_of=yesterday", UriKind.Relative), ct);

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Equal("""{"status":"ok"}""", health);
        Assert.Equal("SV-PRISONS", file.RootElement.GetProperty("current").GetProperty("physical_authority").GetString());
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await app.StopAsync(ct);
    }

    // Issue #4: the same rules, audit and screening through POST /api/v1/screenings once the API exists.
    [Fact]
    public async Task Serve_LawEndpoints_AnswerRulesFindingsAndScreenings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await using var app = await SampleServer.StartAsync(registry, ct);
        var address = SampleServer.Address(app);
        using var http = SampleServer.Client(app);

        using var rules = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/rules", UriKind.Relative), ct));
        using var findings = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/findings?as_of=2025-04-20", UriKind.Relative), ct));
        using var manifest = new StringContent("id_number,full_name,dob,nationality\n,TOMAS IBARRA,1985-11-30,US\n", System.Text.Encoding.UTF8, "text/csv");
        using var screened = await http.PostAsync(new Uri("/api/v1/screenings?country=SV&on=2025-05-01", UriKind.Relative), manifest, ct);
        using var badManifest = new StringContent("id_number,full_name\n12,X Y\n", System.Text.Encoding.UTF8, "text/csv");
        using var bad = await http.PostAsync(new Uri("/api/v1/screenings?country=SV", UriKind.Relative), badManifest, ct);

        Assert.Contains(rules.RootElement.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "US-NATIONAL");
        Assert.Contains(findings.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PROTECTED-COUNTRY");
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
        using var report = JsonDocument.Parse(await screened.Content.ReadAsStringAsync(ct));
        var row = Assert.Single(report.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(("block", "P-2"), (row.GetProperty("verdict").GetString(), row.GetProperty("person").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (bad.StatusCode, bad.Content.Headers.ContentType?.MediaType));
        Assert.Contains("manifest:2: field 'id_number'", await bad.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await app.StopAsync(ct);
    }
    [Fact]
    public async Task Serve_Locate_AnswersPublicCandidatesAndProblemsForBadInput()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await using var app = await SampleServer.StartAsync(registry, ct);
        using var http = SampleServer.Client(app);

        using var found = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/v1/locate?name=RUIZ,%20Marta&dob=1990-02-14", UriKind.Relative), ct));
        using var bad = await http.GetAsync(new Uri("/api/v1/locate?name=Marta&dob=1990-02-31", UriKind.Relative), ct);

        var first = found.RootElement.GetProperty("candidates")[0];
        Assert.Equal("P-1", first.GetProperty("person").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("reasons").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("reason").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("probability").ValueKind);
        Assert.True(first.TryGetProperty("custodian", out _));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("dob: expected a date", await bad.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    // Issue #6: the follower's Atom feed by its token, and the server delivering the outbox while it runs.
    [Fact]
    public async Task Serve_FeedByToken_IsAtom_AndWebhooksAreDeliveredWhileServing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        using var receiver = new WebhookReceiver();
        Core.Store.Rows.FollowRow follow;
        await using (var db = await registry.OpenAsync())
        {
            follow = await Core.Notifications.Follows.AddAsync(db, "family", "person", "P-1", receiver.Url, null, TimeProvider.System, ct);
        }

        await using var app = await SampleServer.StartAsync(registry, ct);
        using var http = SampleServer.Client(app);

        using var feed = await http.GetAsync(new Uri($"/feeds/{follow.FeedToken}", UriKind.Relative), ct);
        using var none = await http.GetAsync(new Uri("/feeds/not-a-token", UriKind.Relative), ct);
        var delivered = await receiver.WaitForAsync(3, TimeSpan.FromSeconds(30));

        Assert.Equal(("application/atom+xml", HttpStatusCode.OK), (feed.Content.Headers.ContentType?.MediaType, feed.StatusCode));
        Assert.Contains("urn:habeas:notification:" + follow.FollowId, await feed.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.True(delivered, $"{receiver.Kept.Count} webhooks arrived while serving");
        await app.StopAsync(ct);
    }
}
