using System.Globalization;
using System.Text;
using Habeas.Core.Store;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Habeas.Core.Notifications;

/// <summary>How the dispatcher paces itself.</summary>
/// <param name="PollInterval">How often the outbox is looked at when nothing is due.</param>
/// <param name="RetryBase">The wait after a first failure; each next failure doubles it.</param>
/// <param name="RetryMax">The longest wait between attempts.</param>
/// <param name="RequestTimeout">How long a receiver may take; a delivery is claimed for this long plus a second.</param>
/// <param name="Smtp">The SMTP server e-mail goes through (<c>smtp://host:port</c>, or <c>smtps://</c>), or null.</param>
/// <param name="MailFrom">The sender of e-mail notifications.</param>
public sealed record DispatchOptions(
    TimeSpan PollInterval, TimeSpan RetryBase, TimeSpan RetryMax, TimeSpan RequestTimeout, Uri? Smtp = null, string MailFrom = "habeas@localhost")
{
    public static DispatchOptions Default { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10));

    /// <summary>How often the followed obligations are judged again for changes time alone makes (<see cref="ObligationWatch"/>).</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Delivers the outbox (issue #6): each notification not yet delivered whose time has come is claimed (so that two
/// dispatchers do not send it at once), sent — a signed POST to the follow's webhook, or an e-mail — and marked
/// delivered on success, or given a later try with the wait doubled. At least once: a process killed after a send and
/// before the mark sends it again once the claim lapses; the <c>Habeas-Notification</c> header is the receiver's key to
/// keep it once.
/// </summary>
public sealed class NotificationDispatcher(RegistryLocation location, HttpClient http, TimeProvider time, DispatchOptions options)
{
    private const int Batch = 50;

    /// <summary>
    /// Delivers what is due until <paramref name="cancellationToken"/> stops it, polling between, and judges the followed
    /// obligations again every <see cref="DispatchOptions.WatchInterval"/>.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var watched = DateTimeOffset.MinValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (time.GetUtcNow() - watched >= options.WatchInterval)
            {
                await WatchAsync(cancellationToken);
                watched = time.GetUtcNow();
            }

            var (tried, _) = await DeliverDueAsync(cancellationToken);
            if (tried == 0)
            {
                await Task.Delay(options.PollInterval, time, cancellationToken);
            }
        }
    }

    /// <summary>Judges the followed obligations now and puts each change in the outbox.</summary>
    /// <returns>How many notifications that wrote.</returns>
    public Task<int> WatchAsync(CancellationToken cancellationToken) =>
        new ObligationWatch(location, new Domain.Rules.RuleBook(), time).CheckAsync(cancellationToken);

    /// <summary>One pass over what is due now.</summary>
    /// <returns>How many notifications were tried, and how many of those were delivered.</returns>
    public async Task<(int Tried, int Delivered)> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.DeliveredAt == null && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
            .Take(Batch)
            .Join(db.Follows.AsNoTracking(), n => n.FollowId, f => f.FollowId, (n, f) => new { n.Id, n.NotificationId, n.Channel, n.Body, n.Attempts, n.NextAttemptAt, f.WebhookUrl, f.WebhookSecret, f.Email })
            .ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var n in due)
        {
            // Claimed by moving its next try past the time a send can take: another dispatcher skips it meanwhile.
            var lease = time.GetUtcNow().Add(options.RequestTimeout + TimeSpan.FromSeconds(1)).ToUnixTimeMilliseconds();
            var claimed = await db.Notifications.Where(x => x.Id == n.Id && x.DeliveredAt == null && x.NextAttemptAt == n.NextAttemptAt)
                .ExecuteUpdateAsync(x => x.SetProperty(r => r.NextAttemptAt, lease), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            string? error;
            try
            {
                error = n.Channel switch
                {
                    NotificationWriter.Webhook => await PostAsync(n.WebhookUrl, n.WebhookSecret, n.NotificationId, n.Body, cancellationToken),
                    NotificationWriter.Email => await MailAsync(n.Email, n.Body, cancellationToken),
                    _ => null,
                };
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or SmtpCommandException or SmtpProtocolException or
                                           System.Net.Sockets.SocketException or SslHandshakeException && !cancellationToken.IsCancellationRequested)
            {
                error = ex.Message;
            }

            var at = time.GetUtcNow();
            if (error is null)
            {
                await db.Notifications.Where(x => x.Id == n.Id).ExecuteUpdateAsync(
                    x => x.SetProperty(r => r.DeliveredAt, at.ToUnixTimeMilliseconds()).SetProperty(r => r.Attempts, n.Attempts + 1).SetProperty(r => r.LastError, (string?)null),
                    cancellationToken);
                delivered++;
            }
            else
            {
                var next = at.Add(Backoff(n.Attempts + 1)).ToUnixTimeMilliseconds();
                await db.Notifications.Where(x => x.Id == n.Id).ExecuteUpdateAsync(
                    x => x.SetProperty(r => r.NextAttemptAt, next).SetProperty(r => r.Attempts, n.Attempts + 1).SetProperty(r => r.LastError, error),
                    cancellationToken);
            }
        }

        return (due.Count, delivered);
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: the base, doubled each time, at most the maximum.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var wait = options.RetryBase * Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 30));
        return wait < options.RetryMax ? wait : options.RetryMax;
    }

    private async Task<string?> PostAsync(string? url, string? secret, string notification, string body, CancellationToken cancellationToken)
    {
        if (url is null || secret is null)
        {
            return "the follow has no webhook any more";
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Add(WebhookSignature.NotificationHeader, notification);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        using var response = await http.SendAsync(request, timeout.Token);
        return response.IsSuccessStatusCode ? null : $"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}";
    }

    private async Task<string?> MailAsync(string? to, string body, CancellationToken cancellationToken)
    {
        if (to is null)
        {
            return "the follow has no e-mail address any more";
        }

        if (options.Smtp is not { } smtp)
        {
            return "no SMTP server is configured (HABEAS_SMTP=smtp://host:port)";
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        var root = json.RootElement;
        var title = NotificationText.Title(root);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.MailFrom));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Habeas: " + title;
        message.Headers.Add(WebhookSignature.NotificationHeader, root.GetProperty("notification").GetString()!);
        message.Body = new TextPart("plain") { Text = $"{title}\n\n{body}\n" };
        using var client = new SmtpClient { Timeout = (int)options.RequestTimeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return null;
    }
}
