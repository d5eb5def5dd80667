namespace Habeas.Core.Store.Rows;

/// <summary>A recorded relation between two persons (projection).</summary>
public sealed class RelationRow
{
    public long Sequence { get; set; }

    public required string PersonId { get; set; }

    public required string Relation { get; set; }

    public required string OtherPersonId { get; set; }
}
