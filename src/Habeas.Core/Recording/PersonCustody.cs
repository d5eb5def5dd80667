namespace Habeas.Core.Recording;

/// <summary>
/// A person's custody as the write path needs it: the open period, and the latest valid time of any of their
/// custody events (null until read from the log; <see cref="long.MinValue"/> when they have none). An event
/// earlier than that arrived out of order and makes the person's periods be recomputed.
/// </summary>
internal sealed record PersonCustody(CustodyPeriod? Open, long? LastAt)
{
    /// <summary>A person just recorded for the first time: no custody yet, nothing to look up.</summary>
    public static PersonCustody None { get; } = new(null, long.MinValue);
}
