using System.Buffers;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Habeas.Core.Maintenance;
using Habeas.Core.Notifications;
using Habeas.Core.Store.Rows;
using Habeas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Habeas.Core.Tests.Notifications;

/// <summary>
/// Issue #6's following and alerts on both databases: the outbox is written with the events it is about (and only
/// then), webhooks are signed, retried with back-off and kept once, e-mail reaches a local SMTP sink, the feed is Atom.
/// </summary>
public sealed class NotificationTests
{
    private static Events Registry() => new Events()
        .Facility("F-TX").Facility("F-LA").Facility("F-SV", country: "SV", authority: "SV-PRISONS", capacity: 40000, kind: "prison")
        .Person("P-1").Person("P-2")
        .Began("P-1", "F-TX", "2025-03-01T15:00:00Z")
        .Began("P-2", "F-LA", "2025-03-01T15:00:00Z")
        .Transferred("P-1", "F-TX", "F-LA", "2025-03-10T12:00:00Z")
        .Line("""{"type":"order.issued","order":"O-1","persons":["P-1"],"court":"D. Md.","issued_at":"2025-03-12T18:00:00Z","requires":[{"action":"halt_transfer"}],"occurred_at":"2025-03-12T18:00:00Z"}""")
        .Line("""{"type":"order.stayed","order":"O-1","by":"Supreme Court","occurred_at":"2025-03-13T03:00:00Z"}""");

    private static async Task<FollowRow> FollowAsync(TestRegistry registry, string kind, string id, string? webhook = null, string? email = null, string follower = "counsel")
    {
        await using var db = await registry.OpenAsync();
        return await Follows.AddAsync(db, follower, kind, id, webhook, email, Run.Clock, TestContext.Current.CancellationToken);
    }

    private static async Task<List<NotificationRow>> NotificationsAsync(TestRegistry registry)
    {
        await using var db = await registry.OpenAsync();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Import_EventsAboutAFollowedPerson_LeaveTheirNotificationsInTheOutbox_AndNoneForOthers(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var person = await FollowAsync(registry, "person", "P-1", webhook: "http://127.0.0.1:9/hook");
        var facility = await FollowAsync(registry, "facility", "F-TX", follower: "reporter");

        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));

        var rows = await NotificationsAsync(registry);
        // P-1: recorded, booked in, transferred, the order naming them, and its stay (which names only the order).
        var forPerson = rows.Where(r => r.FollowId == person.FollowId && r.Channel == NotificationWriter.Feed).Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Select(b => b.GetProperty("event").GetProperty("type").GetString()).ToArray();
        Assert.Equal(["person.recorded", "custody.began", "custody.transferred", "order.issued", "order.stayed"], forPerson);
        Assert.Equal(5, rows.Count(r => r.FollowId == person.FollowId && r.Channel == NotificationWriter.Webhook && r.DeliveredAt is null));
        // F-TX: registered, P-1 booked in there, P-1 transferred out of it; nothing about P-2 at F-LA.
        Assert.Equal(3, rows.Count(r => r.FollowId == facility.FollowId));
        Assert.DoesNotContain(rows, r => r.Body.Contains("\"P-2\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task RejectedImportAndRebuild_WriteNoNotification(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await FollowAsync(registry, "person", "P-1", webhook: "http://127.0.0.1:9/hook");
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        var before = (await NotificationsAsync(registry)).Count;

        var rejected = await Run.ImportAsync(registry, new Events().Transferred("P-1", "F-LA", "F-TX", "2025-04-01T00:00:00Z")
            .Transferred("P-404", "F-LA", "F-TX", "2025-04-01T00:00:00Z").WriteTo(registry.Location.DataDirectory, "bad.jsonl"));
        await RebuildHandler.HandleAsync(registry.Location, TestContext.Current.CancellationToken);

        Assert.IsType<Habeas.Core.Import.ImportResult.Rejected>(rejected);
        Assert.Equal(before, (await NotificationsAsync(registry)).Count);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Webhook_ReceiverFailingThreeTimes_GetsEachNotificationSignedAndKeepsItOnce(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        using var receiver = new WebhookReceiver(failFirst: 3);
        var follow = await FollowAsync(registry, "order", "O-1", webhook: receiver.Url);
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient();
        var options = DispatchOptions.Default with { RetryBase = TimeSpan.FromSeconds(10) };
        var dispatcher = new NotificationDispatcher(registry.Location, http, clock, options);

        // Four passes: three refused (waits of 10, 20 and 40 s between them), the fourth accepted.
        var delivered = 0;
        foreach (var wait in new[] { 0, 10, 20, 40 })
        {
            clock.Advance(TimeSpan.FromSeconds(wait));
            var (tried, ok) = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);
            Assert.Equal(2, tried);
            delivered += ok;
        }

        Assert.Equal(2, delivered);
        Assert.Equal((0, 0), await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken));
        Assert.Equal(8, receiver.Requests.Count);
        Assert.Equal([$"{follow.FollowId}/10", $"{follow.FollowId}/9"], receiver.Kept.Keys.Order(StringComparer.Ordinal));
        Assert.All(receiver.Requests, r => Assert.True(
            WebhookSignature.Verify(follow.WebhookSecret!, long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature)));
        Assert.False(WebhookSignature.Verify("another secret", long.Parse(receiver.Requests[0].Timestamp!, System.Globalization.CultureInfo.InvariantCulture),
            receiver.Requests[0].Body, receiver.Requests[0].Signature));
        var rows = (await NotificationsAsync(registry)).Where(r => r.Channel == NotificationWriter.Webhook).ToArray();
        Assert.All(rows, r => Assert.Equal((4, true), (r.Attempts, r.DeliveredAt is not null)));
    }

    [Fact]
    public void Backoff_DoublesFromTheBase_UpToTheMaximum()
    {
        var dispatcher = new NotificationDispatcher(null!, null!, TimeProvider.System,
            DispatchOptions.Default with { RetryBase = TimeSpan.FromSeconds(2), RetryMax = TimeSpan.FromSeconds(30) });

        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(a => dispatcher.Backoff(a).TotalSeconds));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Email_ToAFollower_ReachesTheSmtpServer(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var sink = new MessageSink();
        var port = FreePort();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink);
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(),
            services);
        using var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        try
        {
            await FollowAsync(registry, "person", "P-2", email: "family@example.org");
            await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
            using var http = new HttpClient();
            var dispatcher = new NotificationDispatcher(registry.Location, http, Run.Clock,
                DispatchOptions.Default with { Smtp = new Uri($"smtp://127.0.0.1:{port}"), MailFrom = "alerts@habeas.example" });

            var (tried, delivered) = await dispatcher.DeliverDueAsync(TestContext.Current.CancellationToken);

            Assert.Equal((2, 2), (tried, delivered));
            Assert.Equal(2, sink.Messages.Count);
            Assert.Contains("Subject: Habeas: custody.began", sink.Messages[1], StringComparison.Ordinal);
            Assert.Contains("family@example.org", sink.Messages[1], StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            server.Shutdown();
            await Task.WhenAny(running, Task.Delay(5000, TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Email_WithoutAnSmtpServer_StaysInTheOutboxWithTheReason(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await FollowAsync(registry, "person", "P-2", email: "family@example.org");
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        using var http = new HttpClient();

        await new NotificationDispatcher(registry.Location, http, Run.Clock, DispatchOptions.Default).DeliverDueAsync(TestContext.Current.CancellationToken);

        var email = (await NotificationsAsync(registry)).Where(r => r.Channel == NotificationWriter.Email).ToArray();
        Assert.All(email, r => Assert.Equal((null, 1), (r.DeliveredAt, r.Attempts)));
        Assert.All(email, r => Assert.Contains("HABEAS_SMTP", r.LastError, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Feed_OfAFollower_IsAtomWithOneEntryPerNotification_NewestFirst(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var follow = await FollowAsync(registry, "facility", "F-LA", follower: "reporter");
        await Run.ImportOkAsync(registry, Registry().WriteTo(registry.Location.DataDirectory));
        await using var db = await registry.OpenAsync();

        var atom = await FollowerFeed.ByTokenAsync(db, follow.FeedToken, TestContext.Current.CancellationToken);
        var none = await FollowerFeed.ByTokenAsync(db, "no-such-token", TestContext.Current.CancellationToken);

        using var reader = XmlReader.Create(new StringReader(atom!));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["custody.transferred: facility F-LA", "custody.began: facility F-LA", "facility.registered: facility F-LA"], feed.Items.Select(i => i.Title.Text));
        Assert.StartsWith("urn:habeas:notification:" + follow.FollowId + "/", feed.Items.First().Id, StringComparison.Ordinal);
        Assert.Null(none);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Follow_BadInput_IsRefusedNamingTheField(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);

        var kind = await Assert.ThrowsAsync<ArgumentException>(() => FollowAsync(registry, "flight", "FL-1"));
        var url = await Assert.ThrowsAsync<ArgumentException>(() => FollowAsync(registry, "person", "P-1", webhook: "ftp://example.org"));
        var email = await Assert.ThrowsAsync<ArgumentException>(() => FollowAsync(registry, "person", "P-1", email: "not an address"));

        Assert.StartsWith("kind: expected person, facility, order or manifest", kind.Message, StringComparison.Ordinal);
        Assert.StartsWith("--webhook: expected an http or https URL", url.Message, StringComparison.Ordinal);
        Assert.StartsWith("--email: expected an e-mail address", email.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Watch_ADeadlinePassing_IsNewsOncePerStatus_ForTheFollowerOfThePersonAndOfTheOrder(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var person = await FollowAsync(registry, "person", "P-1");
        var order = await FollowAsync(registry, "order", "O-2", webhook: "http://127.0.0.1:9/hook", follower: "court clerk");
        await Run.ImportOkAsync(registry, Registry()
            .Line("""{"type":"order.issued","order":"O-2","persons":["P-1"],"court":"D. Md.","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"facilitate_return","due":"2025-04-08T03:59:00Z"}],"occurred_at":"2025-04-04T18:00:00Z"}""")
            .WriteTo(registry.Location.DataDirectory));
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 5, 0, 0, 0, TimeSpan.Zero));
        var watch = new ObligationWatch(registry.Location, new Domain.Rules.RuleBook(), clock);
        async Task<string[]> StatusesAsync(string follow) => (await NotificationsAsync(registry))
            .Where(n => n.FollowId == follow && n.Channel == NotificationWriter.Feed && n.Sequence == 0)
            .Select(n => JsonDocument.Parse(n.Body).RootElement.GetProperty("obligation"))
            .Where(o => o.GetProperty("order").GetString() == "O-2")
            .Select(o => o.GetProperty("status").GetString()!).ToArray();

        await watch.CheckAsync(TestContext.Current.CancellationToken);
        var firstSeen = await StatusesAsync(person.FollowId);
        clock.SetUtcNow(new DateTimeOffset(2025, 4, 7, 0, 0, 0, TimeSpan.Zero));
        await watch.CheckAsync(TestContext.Current.CancellationToken);
        clock.SetUtcNow(new DateTimeOffset(2025, 4, 20, 0, 0, 0, TimeSpan.Zero));
        await watch.CheckAsync(TestContext.Current.CancellationToken);
        await watch.CheckAsync(TestContext.Current.CancellationToken);

        // Open when first seen: the order's own event told them. Then due soon, then overdue — each once.
        Assert.Empty(firstSeen);
        Assert.Equal(["due-soon", "overdue"], await StatusesAsync(person.FollowId));
        Assert.Equal(["due-soon", "overdue"], await StatusesAsync(order.FollowId));
        var webhooks = (await NotificationsAsync(registry)).Where(n => n.FollowId == order.FollowId && n.Channel == NotificationWriter.Webhook && n.Sequence == 0).ToArray();
        Assert.Equal(2, webhooks.Length);
        Assert.Equal($"{order.FollowId}/OB/O-2/P-1/facilitate_return/overdue", webhooks[1].NotificationId);
        Assert.Contains("\"previous_status\":\"due-soon\"", webhooks[1].Body, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Keeps every message the SMTP server accepts, as text.</summary>
    private sealed class MessageSink : MessageStore
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var text = Encoding.UTF8.GetString(buffer.ToArray()) + "\nTo: " + string.Join(",", transaction.To.Select(t => $"{t.User}@{t.Host}"));
            lock (_messages)
            {
                _messages.Add(text);
            }

            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
