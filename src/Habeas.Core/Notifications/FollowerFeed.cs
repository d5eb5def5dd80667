using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Notifications;

/// <summary>
/// A follower's notifications as an Atom feed (RFC 4287), newest first: one entry per notification, its id the
/// notification's, its content the JSON a webhook would get. Read by the follower's name (the command line) or by the
/// secret token of any of their follows (the web address).
/// </summary>
public static class FollowerFeed
{
    /// <summary>The most entries a feed holds.</summary>
    public const int Entries = 200;

    /// <returns>The Atom document, or null when no follow has that token.</returns>
    public static async Task<string?> ByTokenAsync(RegistryDbContext db, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var follower = await db.Follows.AsNoTracking().Where(f => f.FeedToken == token).Select(f => f.Follower).FirstOrDefaultAsync(cancellationToken);
        return follower is null ? null : await ByFollowerAsync(db, follower, cancellationToken);
    }

    public static async Task<string> ByFollowerAsync(RegistryDbContext db, string follower, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.Channel == NotificationWriter.Feed && db.Follows.Any(f => f.FollowId == n.FollowId && f.Follower == follower))
            .OrderByDescending(n => n.Id).Take(Entries)
            .Select(n => new { n.NotificationId, n.Body, n.CreatedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(n =>
        {
            using var json = JsonDocument.Parse(n.Body);
            var root = json.RootElement;
            var at = DateTimeOffset.FromUnixTimeMilliseconds(n.CreatedAt);
            var title = NotificationText.Title(root);
            return new SyndicationItem(title, SyndicationContent.CreatePlaintextContent(n.Body), null, "urn:habeas:notification:" + n.NotificationId, at)
            {
                PublishDate = at,
            };
        }).ToList();
        var feed = new SyndicationFeed($"Habeas: what {follower} follows", "Events recorded about the persons, facilities, orders and manifests followed.",
            null, "urn:habeas:follower:" + Uri.EscapeDataString(follower), rows.Count > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(rows[0].CreatedAt) : DateTimeOffset.UnixEpoch)
        {
            Items = items,
        };
        // Written as UTF-8 bytes, so that the XML declaration says what the web response is.
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
