using Habeas.Core.Store;
using Habeas.Core.Store.Rows;
using Habeas.Domain.Following;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Notifications;

/// <summary>Making, listing and ending follows (issue #6). A follow takes effect from the next batch appended.</summary>
public static class Follows
{
    /// <summary>A new follow; its webhook secret (when it has a webhook) is returned here and nowhere else.</summary>
    /// <exception cref="ArgumentException">A field is not usable; the message says which and what is expected.</exception>
    public static async Task<FollowRow> AddAsync(
        RegistryDbContext db, string follower, string kind, string target, string? webhook, string? email, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(follower))
        {
            throw new ArgumentException("--follower: expected a name (who follows), got nothing.");
        }

        if (!Enum.TryParse<FollowKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(kind, out _))
        {
            throw new ArgumentException($"kind: expected person, facility, order or manifest, got \"{kind}\".");
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            throw new ArgumentException("id: expected the id of what to follow, got nothing.");
        }

        if (webhook is not null && (!Uri.TryCreate(webhook, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new ArgumentException($"--webhook: expected an http or https URL, got \"{webhook}\".");
        }

        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            throw new ArgumentException($"--email: expected an e-mail address, got \"{email}\".");
        }

        var row = new FollowRow
        {
            FollowId = "FW-" + WebhookSignature.Base64Url(System.Security.Cryptography.RandomNumberGenerator.GetBytes(9)),
            Follower = follower.Trim(),
            Kind = parsed.ToString().ToLowerInvariant(),
            Target = target.Trim(),
            WebhookUrl = webhook,
            WebhookSecret = webhook is null ? null : WebhookSignature.NewSecret(),
            Email = email,
            FeedToken = WebhookSignature.Base64Url(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)),
            CreatedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Follows.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Ends a follow; its notifications not yet delivered are not sent. False when there is no such follow.</summary>
    public static async Task<bool> RemoveAsync(RegistryDbContext db, string followId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var removed = await db.Follows.Where(f => f.FollowId == followId).ExecuteDeleteAsync(cancellationToken);
        await db.Notifications.Where(n => n.FollowId == followId && n.DeliveredAt == null).ExecuteDeleteAsync(cancellationToken);
        return removed > 0;
    }

    public static async Task<IReadOnlyList<FollowRow>> ListAsync(RegistryDbContext db, string? follower, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Follows.AsNoTracking().Where(f => follower == null || f.Follower == follower).OrderBy(f => f.Follower).ThenBy(f => f.FollowId)
            .ToListAsync(cancellationToken);
    }
}
