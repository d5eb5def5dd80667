using System.Globalization;
using System.Text.Json;
using Habeas.Core.Import;
using Habeas.Core.Maintenance;
using Habeas.Core.Notifications;
using Habeas.Core.Store;
using Habeas.Testing;

namespace Habeas.Bench;

/// <summary>
/// Issue #6: from an event being recorded to its webhook reaching a local receiver. A registry with one person followed
/// by a webhook on 127.0.0.1; the dispatcher running as `habeas serve` runs it (polling the outbox every 200 ms); EVENTS
/// transfers of that person imported one file at a time. Latency = the receiver's clock at arrival − the event's
/// transaction time (recorded_at, set as the import's transaction began). Prints p50, p95 and the maximum.
/// </summary>
internal static class NotifyBench
{
    public static async Task<int> RunAsync(int events)
    {
        var work = Directory.CreateTempSubdirectory("habeas-notify-").FullName;
        try
        {
            var location = new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = Path.Combine(work, "registry") };
            Directory.CreateDirectory(location.DataDirectory);
            await InitRegistry.HandleAsync(location, "habeas.bench/notify", CancellationToken.None);
            using var receiver = new WebhookReceiver();
            await using (var db = await RegistryDatabase.OpenAsync(location, CancellationToken.None))
            {
                await Follows.AddAsync(db, "counsel", "person", "P-1", receiver.Url, null, TimeProvider.System, CancellationToken.None);
            }

            var handler = new ImportHandler(location, TimeProvider.System);
            await Import(handler, work, "setup", new Events().Facility("F-A").Facility("F-B").Person("P-1").Began("P-1", "F-A", "2025-03-01T00:00:00Z").ToString());

            using var http = new HttpClient();
            using var stop = new CancellationTokenSource();
            var dispatcher = new NotificationDispatcher(location, http, TimeProvider.System, DispatchOptions.Default);
            var running = Task.Run(() => dispatcher.RunAsync(stop.Token));
            await receiver.WaitForAsync(2, TimeSpan.FromSeconds(30));
            var random = new Random(1);
            for (var i = 0; i < events; i++)
            {
                var from = i % 2 == 0 ? "F-A" : "F-B";
                var to = i % 2 == 0 ? "F-B" : "F-A";
                var at = new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero).AddHours(i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                await Import(handler, work, $"e{i}", new Events().Transferred("P-1", from, to, at).ToString());
                // Events arrive at irregular moments, not in step with the dispatcher's polling.
                await Task.Delay(random.Next(20, 300));
            }

            var all = await receiver.WaitForAsync(events + 2, TimeSpan.FromSeconds(60));
            await stop.CancelAsync();
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
            }

            var latencies = receiver.Kept.Values
                .Select(r => (r, JsonDocument.Parse(r.Body).RootElement.GetProperty("event")))
                .Where(x => x.Item2.GetProperty("type").GetString() == "custody.transferred")
                .Select(x => (x.r.At - DateTimeOffset.Parse(x.Item2.GetProperty("recorded_at").GetString()!, CultureInfo.InvariantCulture)).TotalMilliseconds)
                .Order().ToArray();
            double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{latencies.Length:N0} of {events:N0} webhooks arrived{(all ? string.Empty : " (some missing)")}; recorded → received: p50 {Percentile(0.5):F0} ms, p95 {Percentile(0.95):F0} ms, max {latencies[^1]:F0} ms (dispatcher polling every {DispatchOptions.Default.PollInterval.TotalMilliseconds:F0} ms)"));
            return all ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task Import(ImportHandler handler, string work, string name, string lines)
    {
        var path = Path.Combine(work, name + ".jsonl");
        await File.WriteAllTextAsync(path, lines);
        if (await handler.HandleAsync(new ImportCommand(path, "bench", "bench"), null, CancellationToken.None) is ImportResult.Rejected rejected)
        {
            throw new InvalidOperationException("import rejected: " + string.Join("; ", rejected.Errors.Take(3)));
        }
    }
}
