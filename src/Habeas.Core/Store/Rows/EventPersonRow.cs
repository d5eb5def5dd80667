namespace Habeas.Core.Store.Rows;

/// <summary>A person named by an event that concerns several (orders, transfer requests), for timelines.</summary>
public sealed class EventPersonRow
{
    public long Sequence { get; set; }

    public required string PersonId { get; set; }
}
