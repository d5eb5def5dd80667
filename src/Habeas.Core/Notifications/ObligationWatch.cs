using System.Text.Json;
using Habeas.Core.Audit;
using Habeas.Core.Identity;
using Habeas.Core.Remedies;
using Habeas.Core.Store;
using Habeas.Core.Store.Rows;
using Habeas.Domain.Following;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Habeas.Core.Notifications;

/// <summary>
/// What no new event announces: an obligation that becomes due soon or overdue as time passes (issue #6: any change of
/// an obligation on what is followed is a notification). For the persons and orders followed, the obligations are
/// judged now and compared with the status each follower was last told (<c>obligation_watches</c>); a change goes to the
/// outbox like an event's notification, in one transaction with the new status. An obligation first seen is recorded
/// silently unless it is already due soon or overdue (the event that created it was news of its own).
/// </summary>
public sealed class ObligationWatch(RegistryLocation location, RuleBook rules, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <returns>How many notifications were written.</returns>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var follows = await db.Follows.AsNoTracking()
            .Where(f => f.Kind == "person" || f.Kind == "order").OrderBy(f => f.FollowId).ToListAsync(cancellationToken);
        if (follows.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var tx = transaction.GetDbTransaction();
        var identities = PersonMerges.Load(connection, tx);
        var orders = follows.Where(f => f.Kind == "order").Select(f => f.Target).ToArray();
        var persons = follows.Where(f => f.Kind == "person").Select(f => identities.Canonical(f.Target))
            .Concat(await db.OrderPersons.AsNoTracking().Where(o => orders.Contains(o.OrderId)).Select(o => o.PersonId).ToListAsync(cancellationToken))
            .Select(identities.Canonical).Distinct(StringComparer.Ordinal).ToArray();
        var facts = LawFacts.LoadFor(connection, tx, persons);
        var now = time.GetUtcNow();
        var at = TimeValue.FromInstant(now);
        var byPerson = persons.ToDictionary(p => p, p =>
        {
            var history = facts.HistoryOf(p);
            return (Obligation[])[.. Obligation.Ordered(history, at), .. Remedy.Opened(history, rules.Audit(history, at), at).Select(Obligation.From)];
        }, StringComparer.Ordinal);
        var seen = await db.ObligationWatches.ToDictionaryAsync(w => (w.FollowId, w.ObligationId), cancellationToken);
        var written = 0;
        foreach (var follow in follows)
        {
            var owed = follow.Kind == "person"
                ? byPerson.GetValueOrDefault(identities.Canonical(follow.Target)) ?? []
                : byPerson.Values.SelectMany(o => o).Where(o => o.Order == follow.Target);
            foreach (var obligation in owed)
            {
                var known = seen.GetValueOrDefault((follow.FollowId, obligation.Id));
                var before = known?.Status;
                if (before == obligation.Status)
                {
                    continue;
                }

                if (known is null)
                {
                    db.ObligationWatches.Add(new ObligationWatchRow { FollowId = follow.FollowId, ObligationId = obligation.Id, Status = obligation.Status, SeenAt = now.ToUnixTimeMilliseconds() });
                }
                else
                {
                    known.Status = obligation.Status;
                    known.SeenAt = now.ToUnixTimeMilliseconds();
                }

                if (known is null && obligation.Status is not ("due-soon" or "overdue"))
                {
                    continue;
                }

                written += await NotifyAsync(db, follow, obligation, before, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static async Task<int> NotifyAsync(RegistryDbContext db, FollowRow follow, Obligation obligation, string? before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One notification per status an obligation reaches: the id is the receiver's key, as for events.
        var id = $"{follow.FollowId}/{obligation.Id}/{obligation.Status}";
        if (await db.Notifications.AnyAsync(n => n.NotificationId == id, cancellationToken))
        {
            return 0;
        }

        var body = JsonSerializer.Serialize(new
        {
            notification = id,
            follow = follow.FollowId,
            follower = follow.Follower,
            followed = new { kind = follow.Kind, id = follow.Target },
            obligation = ObligationView.From(obligation),
            previous_status = before,
            at = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        }, Json);
        var ms = now.ToUnixTimeMilliseconds();
        foreach (var channel in NotificationWriter.Channels(follow.WebhookUrl is not null, follow.Email is not null))
        {
            db.Notifications.Add(new NotificationRow
            {
                NotificationId = id, FollowId = follow.FollowId, Channel = channel, Sequence = 0, Body = body, CreatedAt = ms, NextAttemptAt = ms,
                DeliveredAt = NotificationWriter.DeliveredAt(channel, ms),
            });
        }

        return 1;
    }
}
