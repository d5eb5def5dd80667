namespace Habeas.Core.Recording;

/// <summary>
/// A person's custody as the write path needs it: the open period, and the latest valid time of any of their
/// custody events, <see cref="long.MinValue"/> until read (an event earlier than that arrived out of order and makes the person's periods be recomputed).
/// </summary>
internal sealed record PersonCustody(CustodyPeriod? Open, long LastAt);
