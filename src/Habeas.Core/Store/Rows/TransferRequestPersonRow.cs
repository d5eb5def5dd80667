namespace Habeas.Core.Store.Rows;

/// <summary>A person named in a transfer request.</summary>
public sealed class TransferRequestPersonRow
{
    public required string RequestId { get; set; }

    public required string PersonId { get; set; }
}
