using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Habeas.Core.Queries;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Habeas.Domain.Events;
using Habeas.Domain.Following;

namespace Habeas.Core.Notifications;

/// <summary>
/// Writes, in the transaction that appends an event, one notification per follow the event concerns and per channel
/// (the follower's feed always; a webhook and an e-mail when the follow has them): the transactional outbox. A batch
/// that rolls back leaves none; a committed event always has its notifications. Without follows it does nothing.
/// </summary>
internal sealed class NotificationWriter : IDisposable
{
    /// <summary>The channels a notification goes out on.</summary>
    public const string Feed = "feed", Webhook = "webhook", Email = "email";

    private readonly Dictionary<(FollowKind Kind, string Target), List<Follow>> _follows;
    private readonly Statement _insert;

    private NotificationWriter(Dictionary<(FollowKind, string), List<Follow>> follows, Statement insert)
    {
        _follows = follows;
        _insert = insert;
    }

    /// <summary>Reads the follows (inside the append's transaction); null when there are none.</summary>
    public static NotificationWriter? Open(DbConnection connection, DbTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var follows = new Dictionary<(FollowKind, string), List<Follow>>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT follow_id, follower, kind, target, webhook_url, email FROM follows ORDER BY follow_id";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                if (!Enum.TryParse<FollowKind>(reader.GetString(2), ignoreCase: true, out var kind))
                {
                    continue;
                }

                var key = (kind, reader.GetString(3));
                if (!follows.TryGetValue(key, out var list))
                {
                    follows[key] = list = [];
                }

                list.Add(new Follow(reader.GetString(0), reader.GetString(1), kind, reader.GetString(3), !reader.IsDBNull(4), !reader.IsDBNull(5)));
            }
        }

        if (follows.Count == 0)
        {
            return null;
        }

        var insert = new Statement(connection, transaction,
            "INSERT INTO notifications (notification_id, follow_id, channel, sequence, body, created_at, attempts, next_attempt_at, delivered_at) " +
            "VALUES (@n, @f, @c, @s, @b, @at, 0, @at, @d)",
            Sql.Text("@n"), Sql.Text("@f"), Sql.Text("@c"), Sql.Long("@s"), Sql.Text("@b"), Sql.Long("@at"), Sql.Long("@d"));
        return new NotificationWriter(follows, insert);
    }

    /// <summary>Notifies every follow <paramref name="e"/> (appended at <paramref name="sequence"/>) concerns.</summary>
    public void Write(RegistryEvent e, long sequence, string? subject, Utf8Text payload, Provenance provenance, RegistryState state)
    {
        var concerns = EventConcerns.Of(e, subject).ToList();
        // An order's or a request's later events name only the order or request: their persons follow them too.
        var persons = e switch
        {
            OrderStayed or OrderUnstayed or OrderVacated or OrderAmended or OrderComplied => state.OrderPersons(concerns.First(c => c.Kind == FollowKind.Order).Id),
            TransferDecided d => state.RequestPersons(d.Request.Value),
            _ => null,
        };
        concerns.AddRange((persons ?? []).Select(p => (FollowKind.Person, p)));
        // A follower of a person hears of what is recorded under any id merged into them.
        concerns.AddRange(concerns.Where(c => c.Kind == FollowKind.Person).Select(c => (FollowKind.Person, state.Canonical(c.Id))).ToArray());
        var notified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concern in concerns)
        {
            foreach (var follow in _follows.GetValueOrDefault(concern) ?? [])
            {
                if (!notified.Add(follow.Id))
                {
                    continue;
                }

                var id = follow.Id + "/" + sequence.ToString(CultureInfo.InvariantCulture);
                var body = Body(id, follow, e, sequence, payload, provenance);
                foreach (var channel in Channels(follow.HasWebhook, follow.HasEmail))
                {
                    _insert.Execute(id, follow.Id, channel, sequence, body, provenance.RecordedAt, DeliveredAt(channel, provenance.RecordedAt));
                }
            }
        }
    }

    /// <summary>Where a follow's notifications go: its feed always, its webhook and its e-mail when it has them.</summary>
    public static IEnumerable<string> Channels(bool webhook, bool email)
    {
        yield return Feed;
        if (webhook)
        {
            yield return Webhook;
        }

        if (email)
        {
            yield return Email;
        }
    }

    /// <summary>A feed entry is delivered when written (the feed is read from the outbox); the rest wait for the dispatcher.</summary>
    public static long? DeliveredAt(string channel, long writtenAt) => channel == Feed ? writtenAt : null;

    public void Dispose() => _insert.Dispose();

    private static string Body(string id, Follow follow, RegistryEvent e, long sequence, Utf8Text payload, Provenance provenance)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("notification", id);
            json.WriteString("follow", follow.Id);
            json.WriteString("follower", follow.Follower);
            json.WriteStartObject("followed");
            json.WriteString("kind", follow.Kind.ToString().ToLowerInvariant());
            json.WriteString("id", follow.Target);
            json.WriteEndObject();
            json.WriteStartObject("event");
            json.WriteNumber("sequence", sequence);
            json.WriteString("id", e.Id ?? EventIds.Assigned(sequence));
            json.WriteString("type", e.Type);
            json.WriteString("occurred_at", e.OccurredAt?.Text);
            json.WriteString("recorded_at", DateTimeOffset.FromUnixTimeMilliseconds(provenance.RecordedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("recorded_by", provenance.RecordedBy);
            json.WriteString("source", provenance.SourceName ?? e.Source?.Name);
            json.WritePropertyName("payload");
            json.WriteRawValue(payload.Bytes, skipInputValidation: true);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed record Follow(string Id, string Follower, FollowKind Kind, string Target, bool HasWebhook, bool HasEmail);
}
