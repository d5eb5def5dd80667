using System.Diagnostics;
using System.Text.Json;
using Habeas.Testing;

namespace Habeas.Cli.Tests;

/// <summary>
/// Issue #6's delivery guarantee with real processes: `habeas deliver` killed (SIGKILL) in the middle of delivering, a
/// receiver that refuses each notification's first three attempts; after a restart every notification has reached the
/// receiver, and the receiver, keeping each by its id, has each exactly once.
/// </summary>
public sealed class DeliveryProcessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-deliver-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static Process Deliver(string data)
    {
        var habeas = Path.Combine(AppContext.BaseDirectory, "habeas.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { habeas, "deliver", "--data", data, "--retry-base", "100", "--timeout", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Fact]
    public async Task Deliver_KilledMidDeliveryWhileTheReceiverRefusesThreeTimes_AfterARestartEveryNotificationIsKeptOnce()
    {
        var data = Path.Combine(_dir, "r");
        using var receiver = new WebhookReceiver(failFirst: 3, delay: TimeSpan.FromMilliseconds(40));
        Assert.Equal(0, (await CliRun.RunAsync("init", "--data", data)).Code);
        var (_, followed, _) = await CliRun.RunAsync("follow", "person", "P-1", "--follower", "counsel", "--webhook", receiver.Url, "--data", data, "--format", "json");
        var follow = JsonDocument.Parse(followed).RootElement.GetProperty("follow").GetString();
        var events = new Events().Facility("F-A").Facility("F-B").Person("P-1").Began("P-1", "F-A", "2025-03-01T00:00:00Z");
        for (var day = 2; day <= 25; day++)
        {
            events.Transferred("P-1", day % 2 == 0 ? "F-A" : "F-B", day % 2 == 0 ? "F-B" : "F-A", $"2025-03-{day:D2}T00:00:00Z");
        }

        Assert.Equal(0, (await CliRun.RunAsync("import", events.WriteTo(_dir), "--data", data)).Code);
        const int expected = 26;

        using (var first = Deliver(data))
        {
            // Killed with work in flight: some kept, most still refused or waiting.
            Assert.True(await receiver.WaitForAsync(3, TimeSpan.FromSeconds(60)), "the first deliverer kept nothing");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var keptBeforeRestart = receiver.Kept.Count;
        using (var second = Deliver(data))
        {
            var all = await receiver.WaitForAsync(expected, TimeSpan.FromSeconds(90));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(all, $"{receiver.Kept.Count} of {expected} notifications arrived");
        }

        Assert.InRange(keptBeforeRestart, 1, expected - 1);
        Assert.Equal(Enumerable.Range(3, expected).Select(s => $"{follow}/{s}").Order(StringComparer.Ordinal), receiver.Kept.Keys.Order(StringComparer.Ordinal));
        // Each kept once; every attempt of one notification carried the same body (a receiver can drop a repeat by its id).
        Assert.All(receiver.Requests.GroupBy(r => r.Id), g => Assert.Single(g.Select(r => r.Body).Distinct()));
        Assert.All(receiver.Requests.GroupBy(r => r.Id), g => Assert.True(g.Count(r => !r.Accepted) >= 3, $"{g.Key} was accepted before three refusals"));
    }
}
