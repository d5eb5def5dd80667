namespace Habeas.Core.Store.Rows;

/// <summary>
/// The status a follower was last told an obligation had (operational, like the outbox): what the watch compares the
/// obligation's status now with, so that a deadline passing is news once.
/// </summary>
public sealed class ObligationWatchRow
{
    public required string FollowId { get; set; }

    public required string ObligationId { get; set; }

    public required string Status { get; set; }

    /// <summary>Unix ms.</summary>
    public long SeenAt { get; set; }
}
