using System.Text.Json;
using Habeas.Core.Store;
using Habeas.Core.Identity;
using Habeas.Web.Charts;
using Habeas.Web.Follows;
using Habeas.Web.Identity;
using Habeas.Web.Ledger;
using Habeas.Web.Law;
using Habeas.Web.Pages;
using Habeas.Web.Persons;
using Habeas.Web.Registry;
using Habeas.Web.Remedies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace Habeas.Web;

/// <summary>
/// The web host: for now the health check, the case file, the locator, and the rules, findings and screenings of the REST API
/// (<c>/api/v1</c>); the pages and the rest of the API come with the web issue.
/// </summary>
public static class HabeasWebApp
{
    /// <summary>Builds the application for the registry at <paramref name="location"/>, listening on <paramref name="urls"/>.</summary>
    /// <param name="location">The registry.</param>
    /// <param name="urls">Where to listen.</param>
    /// <param name="args">Host arguments.</param>
    /// <param name="delivery">How to deliver notifications while serving; null for the defaults.</param>
    public static WebApplication Build(RegistryLocation location, string urls, string[]? args = null, Core.Notifications.DispatchOptions? delivery = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.WebHost.UseUrls(urls);
        // Warnings and errors of the framework, not a line per request and per SQL command (measured: the request and
        // EF Core information lines were ~40 % of a case file page's cost under load). Settings may lower them again
        // (Logging__LogLevel__Microsoft.AspNetCore=Information).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddSingleton(location);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LocatorCache>();
        builder.Services.AddSingleton<LogVersionCache>();
        builder.Services.AddSingleton(delivery ?? Core.Notifications.DispatchOptions.Default);
        builder.Services.AddHttpClient("webhooks");
        builder.Services.AddHostedService<Follows.DeliveryService>();
        builder.Services.AddHostedService<Pages.ViewWarmer>();
        builder.Services.AddDbContext<RegistryDbContext>(o => RegistryDatabase.Configure(o, location));
        builder.Services.AddProblemDetails();
        builder.Services.AddHabeasRateLimits(builder.Configuration);
        builder.Services.AddRazorComponents();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, KeptWords>();
        // Named here, not after the host's assembly, so that the document is the same whoever serves it.
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new Microsoft.OpenApi.OpenApiInfo
            {
                Title = "Habeas API",
                Version = "v1",
                Description = "The custody-accountability registry: case files, the law's findings, screenings, remedies, identity, follows and the log.",
            };
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        app.UseSecurityHeaders();
        // HSTS only on HTTPS answers (the framework's rule), never on loopback.
        app.UseHsts();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // English or Spanish: ?culture=es, the culture cookie, or the browser's Accept-Language.
        app.UseRequestLocalization(o => o.SetDefaultCulture("en").AddSupportedCultures("en", "es").AddSupportedUICultures("en", "es"));
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        // The API's description (checked in as docs/openapi.v1.json and compared in a test) and its reference page;
        // Scalar's fonts would come from the internet, which a registry's network may not reach.
        app.MapOpenApi();
        app.MapScalarApiReference("/docs/api", o => o.DisableDefaultFonts());
        app.MapGroup("/api/v1/persons").MapPersons();
        app.MapGroup("/api/v1").MapLaw();
        app.MapGroup("/api/v1/transfers").MapTransfers();
        app.MapGroup("/api/v1").MapLocate();
        app.MapPages();
        app.MapCharts();
        app.MapGroup("/feeds").MapFeeds();
        app.MapGroup("/api/v1/follows").MapFollows();
        app.MapGroup("/api/v1").MapRemedies();
        app.MapGroup("/api/v1").MapRegistry();
        app.MapGroup("/api/v1/ledger").MapLedger();
        return app;
    }
}
