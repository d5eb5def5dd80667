using System.Net;
using System.Text;
using System.Text.Json;
using Habeas.Core.Import;
using Habeas.Testing;
using Microsoft.Playwright;

namespace Habeas.Cli.Tests;

/// <summary>
/// Issue #8's hardening, first part: the security headers on every kind of answer, and hostile names — script, SQL, a
/// right-to-left override, 100 kB — stored exactly and shown as text, never run.
/// </summary>
public sealed class SecurityTests(BrowserFixture browser)
{
    private static readonly string Script = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
    private const string Sql = "Robert'); DROP TABLE events; --";
    private const string RightToLeft = "Ana\u202Egpj.exe";
    private static readonly string Long = new('Ñ', 100 * 1024);

    [Fact]
    public async Task EveryAnswer_CarriesTheSecurityHeaders_AndOnlyTheApiReferenceAllowsInlineScript()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = await SampleServer.StartAsync(registry, ct);
        await using var _ = app;
        using var http = SampleServer.Client(app);

        foreach (var path in new[] { "/", "/persons/P-1", "/api/v1/persons/P-1", "/api/v1/persons/P-404", "/persons/P-404", "/assets/site.css", "/charts/findings.svg" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            // Loopback over HTTP: no HSTS (it is for HTTPS answers only).
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), path);
        }

        using var reference = await http.GetAsync(new Uri("/docs/api/", UriKind.Relative), ct);
        Assert.Contains("frame-ancestors 'none'", reference.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        await app.StopAsync(ct);
    }

    [Fact]
    public async Task AServerFault_IsAProblemWithoutStackTraceOrSql()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var app = await SampleServer.StartAsync(registry, ct);
        await using var _ = app;
        using var http = SampleServer.Client(app);
        // The registry broken under the server: a table it reads is gone.
        await using (var broken = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={registry.Location.SqlitePath}"))
        {
            await broken.OpenAsync(ct);
            await using var command = broken.CreateCommand();
            command.CommandText = "ALTER TABLE persons RENAME TO persons_gone";
            await command.ExecuteNonQueryAsync(ct);
        }

        foreach (var path in new[] { "/api/v1/persons/P-1", "/persons/P-1" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
            var body = await response.Content.ReadAsStringAsync(ct);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("persons", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" at Habeas", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }

        await app.StopAsync(ct);
    }

    [Fact]
    public async Task HostileNames_AreStoredExactly_AndShownAsTextNeverRun()
    {
        var chromium = browser.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var names = new[] { ("P-X1", Script), ("P-X2", Sql), ("P-X3", RightToLeft), ("P-X4", Long) };
        var events = new Events();
        foreach (var (id, given) in names)
        {
            events.Line(JsonSerializer.Serialize(new { type = "person.recorded", person = id, given, surnames = new[] { "Prueba" } }));
        }

        var imported = await new ImportHandler(registry.Location, TimeProvider.System).HandleAsync(
            new ImportCommand(events.WriteTo(registry.Location.DataDirectory, "hostile.jsonl"), null, "test"), null, ct);
        Assert.IsType<ImportResult.Imported>(imported);
        var app = await SampleServer.StartAsync(registry, ct);
        await using var _ = app;
        var address = SampleServer.Address(app);
        using var http = SampleServer.Client(app);
        var page = await chromium.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        try
        {
            foreach (var (id, given) in names)
            {
                using var file = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/v1/persons/{id}", UriKind.Relative), ct));
                Assert.Equal(given, file.RootElement.GetProperty("records")[0].GetProperty("given").GetString());

                await page.GotoAsync($"{address}/persons/{id}");
                var shown = await page.Locator("table.records tbody tr td").First.InnerTextAsync();
                Assert.StartsWith(given.Length > 200 ? given[..200] : given, shown, StringComparison.Ordinal);
                Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
            }

            await page.GotoAsync($"{address}/?name={Uri.EscapeDataString("<script>window.__pwned=3</script> Prueba")}");
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
            Assert.Equal(0, dialogs);
        }
        finally
        {
            await page.CloseAsync();
        }

        await app.StopAsync(ct);
    }
}
