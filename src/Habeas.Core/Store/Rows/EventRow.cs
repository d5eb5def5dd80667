namespace Habeas.Core.Store.Rows;

/// <summary>One appended event: the log's truth. Never updated, never deleted (DESIGN.md invariant 1).</summary>
public sealed class EventRow
{
    /// <summary>Position in the log, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>The id the source gave; null when the registry's own (<c>HE-{sequence}</c>) stands for it.</summary>
    public string? EventId { get; set; }

    public required string Type { get; set; }

    /// <summary>The event's canonical JSON (RFC 8785), exactly as committed.</summary>
    public required string Payload { get; set; }

    /// <summary>Valid time, start of the stated period, Unix milliseconds UTC; null for "since before any other fact".</summary>
    public long? OccurredAt { get; set; }

    /// <summary>The person the event is about, when exactly one; indexed for timelines.</summary>
    public string? PersonId { get; set; }

    /// <summary>Transaction time, Unix milliseconds UTC.</summary>
    public long RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public string? SourceName { get; set; }

    public string? SourceSha256 { get; set; }

    public int? SourceLine { get; set; }

    /// <summary>32 random bytes: the commitment reveals nothing of the event without them (docs/ledger.md).</summary>
    public byte[]? Salt { get; set; }

    /// <summary>
    /// SHA-256(salt ‖ payload bytes), what the log's leaf commits to: stored only when the content is erased (it
    /// can no longer be recomputed then); otherwise null — derived, and 32 bytes a row not written (bench/ledger.sh).
    /// </summary>
    public byte[]? Commitment { get; set; }
}
