using System.Net;
using System.Text.Json;
using Habeas.Core.Import;
using Habeas.Testing;
using Habeas.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Habeas.Cli.Tests;

public sealed class ServeTests
{
    // Issue #2: until the web issue lands, serve exposes /health and /api/v1/persons/{id} as JSON on 127.0.0.1.
    [Fact]
    public async Task Serve_OnLoopback_AnswersHealthAndTheCaseFileAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await new ImportHandler(registry.Location, TimeProvider.System).HandleAsync(new ImportCommand(SharedData.ContractSample, null, "test"), null, ct);
        await using var app = HabeasWebApp.Build(registry.Location, "http://127.0.0.1:0");
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

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
}
