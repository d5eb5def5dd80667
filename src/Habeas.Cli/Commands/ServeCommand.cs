using Habeas.Core.Notifications;
using System.CommandLine;
using Habeas.Core.Store;
using Habeas.Web;
using Microsoft.Extensions.Hosting;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas serve [--urls URL]</c>: the web API on loopback by default.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Where to listen (default http://127.0.0.1:5080).",
        DefaultValueFactory = _ => DefaultUrls,
    };

    public static Command Create(CliContext context)
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the pages (/, /dashboard, /persons/{id}, …), the API (/api/v1, described at /openapi/v1.json and /docs/api) and the feeds, and deliver notifications.");
        command.Options.Add(urls);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            return await RunAsync(context, location, parse.GetValue(urls)!, ct);
        });
        return command;
    }

    internal static async Task<int> RunAsync(CliContext context, RegistryLocation location, string urls, CancellationToken ct)
    {
        if (FollowCommands.Options(context, DispatchOptions.Default.RetryBase, DispatchOptions.Default.RequestTimeout) is not { } delivery)
        {
            return ExitCodes.BadInput;
        }

        // Notifications are delivered while the server runs (as `habeas deliver` does on its own).
        await using var app = HabeasWebApp.Build(location, urls, null, delivery);
        context.Output.WriteLine($"Serving the registry at {location} on {urls} (Ctrl+C to stop).");
        await app.StartAsync(ct);
        await app.WaitForShutdownAsync(ct);
        return ExitCodes.Success;
    }
}
