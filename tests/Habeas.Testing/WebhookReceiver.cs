using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Habeas.Testing;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 for webhook tests: records every request (the notification id, timestamp, signature
/// and body), answers 500 to the first <see cref="FailFirst"/> attempts of each notification and 200 after, and can take
/// its time answering. Keeps each notification once, by its id, as a receiver should.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Received> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Received> _requests = new();
    private readonly Task _loop;

    public WebhookReceiver(int failFirst = 0, TimeSpan? delay = null)
    {
        FailFirst = failFirst;
        Delay = delay ?? TimeSpan.Zero;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hook";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public int FailFirst { get; }

    public TimeSpan Delay { get; }

    /// <summary>Every request, in the order they came.</summary>
    public IReadOnlyList<Received> Requests => [.. _requests];

    /// <summary>Each notification once (the first accepted), by id.</summary>
    public IReadOnlyDictionary<string, Received> Kept => _kept;

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    /// <summary>Waits until <paramref name="count"/> notifications were kept, or the time is up.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (_kept.Count < count && clock.Elapsed < timeout)
        {
            await Task.Delay(20);
        }

        return _kept.Count >= count;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var id = context.Request.Headers["Habeas-Notification"] ?? string.Empty;
            var attempt = _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
            var accepted = attempt > FailFirst;
            var received = new Received(id, context.Request.Headers["Habeas-Timestamp"], context.Request.Headers["Habeas-Signature"], body, accepted, TimeProvider.System.GetUtcNow());
            _requests.Enqueue(received);
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            if (accepted)
            {
                _kept.TryAdd(id, received);
            }

            context.Response.StatusCode = accepted ? 200 : 500;
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The sender went away (killed mid-delivery): nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>One request as it came.</summary>
    public sealed record Received(string Id, string? Timestamp, string? Signature, string Body, bool Accepted, DateTimeOffset At);
}
