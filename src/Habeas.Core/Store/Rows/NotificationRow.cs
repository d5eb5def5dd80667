namespace Habeas.Core.Store.Rows;

/// <summary>
/// A notification waiting in the transactional outbox, or delivered (issue #6): written in the transaction that appends
/// the event, so a notification exists exactly when its event does; delivered at least once, its id the receiver's
/// idempotency key.
/// </summary>
public sealed class NotificationRow
{
    public long Id { get; set; }

    /// <summary><c>{follow}/{sequence}</c>: the same for every channel and every attempt.</summary>
    public required string NotificationId { get; set; }

    public required string FollowId { get; set; }

    /// <summary>webhook, email or feed.</summary>
    public required string Channel { get; set; }

    public long Sequence { get; set; }

    /// <summary>The JSON sent: the notification id, what is followed, and the event with its provenance.</summary>
    public required string Body { get; set; }

    /// <summary>Unix ms.</summary>
    public long CreatedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Unix ms: not tried again before.</summary>
    public long NextAttemptAt { get; set; }

    /// <summary>Unix ms, or null while undelivered.</summary>
    public long? DeliveredAt { get; set; }

    public string? LastError { get; set; }
}
