namespace Habeas.Core.Store.Rows;

/// <summary>
/// Someone following a person, facility, order or manifest, and where their notifications go (issue #6). Operational
/// data, not a projection of the log: rebuild leaves it alone and the digest does not read it.
/// </summary>
public sealed class FollowRow
{
    public required string FollowId { get; set; }

    /// <summary>Who follows (a name or account; every follow of one follower shares a feed).</summary>
    public required string Follower { get; set; }

    /// <summary>person, facility, order or manifest.</summary>
    public required string Kind { get; set; }

    public required string Target { get; set; }

    public string? WebhookUrl { get; set; }

    /// <summary>The HMAC-SHA256 key the webhook's signature is made with (shown once, when the follow is made).</summary>
    public string? WebhookSecret { get; set; }

    public string? Email { get; set; }

    /// <summary>The secret part of the follower's Atom feed address.</summary>
    public required string FeedToken { get; set; }

    /// <summary>Unix ms.</summary>
    public long CreatedAt { get; set; }
}
