namespace Habeas.Core.Store.Rows;

/// <summary>A person an order names.</summary>
public sealed class OrderPersonRow
{
    public required string OrderId { get; set; }

    public required string PersonId { get; set; }
}
