using System.CommandLine;
using System.Text;
using Habeas.Core.Demo;
using Habeas.Core.Import;
using Habeas.Core.Maintenance;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary><c>habeas demo [--urls URL]</c>: a fresh registry of synthetic demo data, served.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var urls = ServeCommand.UrlsOption();
        var persons = new Option<int>("--persons") { Description = "How many synthetic persons.", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "The generator's seed (same seed, same registry).", DefaultValueFactory = _ => 2025 };
        var noServe = new Option<bool>("--no-serve") { Description = "Create the registry and stop." };
        var command = new Command("demo", "Create a fresh registry with deterministic synthetic demo data (no real person) and serve it.");
        command.Options.Add(urls);
        command.Options.Add(persons);
        command.Options.Add(seed);
        command.Options.Add(noServe);
        command.SetAction(async (parse, ct) =>
        {
            var data = parse.GetValue(GlobalOptions.Data)
                ?? Path.Combine(Path.GetTempPath(), "habeas-demo-" + context.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            var location = context.Locate(data);
            if (await RegistryDatabase.ExistsAsync(location, ct))
            {
                return context.Fail($"{location} already holds a registry; the demo needs a fresh one. Pick another --data directory.");
            }

            await InitRegistry.HandleAsync(location, "habeas.demo/" + Path.GetFileName(location.DataDirectory), ct);
            var file = Path.Combine(location.DataDirectory, "demo.jsonl");
            await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
            {
                DemoRegistry.Write(writer, parse.GetValue(seed), parse.GetValue(persons));
            }

            var result = await ImportCommandLine.RunAsync(context, new ImportHandler(location, context.Time),
                new ImportCommand(file, "habeas demo", "demo"), ct);
            if (result is not ImportResult.Imported imported)
            {
                return context.Fail($"the demo data did not import: {result}");
            }

            context.Output.WriteLine($"Demo registry at {location}: {imported.Summary.Events:N0} events. Try: habeas person P-01596 --data {location.DataDirectory}");
            if (!parse.GetValue(noServe))
            {
                // The import's garbage (a registry's worth of parsed events) is collected before serving, so that the
                // server's own collections do not have to walk it (measured: the demo then serves as fast as habeas serve).
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

                // The demo opens on its dashboard: the story at a glance (who is held where, what the law finds, what is overdue).
                var first = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0]
                    .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal).TrimEnd('/');
                context.Output.WriteLine($"Open {first}/dashboard for the demo at a glance, or {first}/ to look someone up.");
            }

            return parse.GetValue(noServe) ? ExitCodes.Success : await ServeCommand.RunAsync(context, location, parse.GetValue(urls)!, ct);
        });
        return command;
    }
}
