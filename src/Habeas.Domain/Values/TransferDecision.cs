namespace Habeas.Domain.Values;

/// <summary>The registry's decision on a transfer request. Written in snake_case in the data format.</summary>
public enum TransferDecision
{
    /// <summary>`approved`.</summary>
    Approved,

    /// <summary>`refused`.</summary>
    Refused,
}
