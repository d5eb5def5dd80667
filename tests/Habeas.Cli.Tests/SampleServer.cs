using Habeas.Core.Import;
using Habeas.Testing;
using Habeas.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Habeas.Cli.Tests;

/// <summary>A real HTTP server on a free loopback port over a registry holding the contract's sample (and whatever else the test imported).</summary>
internal static class SampleServer
{
    public static async Task<WebApplication> StartAsync(TestRegistry registry, CancellationToken ct)
    {
        await new ImportHandler(registry.Location, TimeProvider.System).HandleAsync(new ImportCommand(SharedData.ContractSample, null, "test"), null, ct);
        var app = HabeasWebApp.Build(registry.Location, "http://127.0.0.1:0");
        await app.StartAsync(ct);
        return app;
    }

    /// <summary>A client of the server, its requests relative to where it listens.</summary>
    public static HttpClient Client(WebApplication app) => new() { BaseAddress = new Uri(Address(app)) };

    /// <summary>Where the server listens (http://127.0.0.1:PORT).</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
}
