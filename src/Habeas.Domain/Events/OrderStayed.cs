using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An order was stayed (suspended) by another order or court, possibly until a time.</summary>
public sealed record OrderStayed : RegistryEvent
{
    public const string TypeName = "order.stayed";

    public override string Type => TypeName;

    public required OrderId Order { get; init; }

    /// <summary>The order or court that did it.</summary>
    public string? By { get; init; }

    public TimeValue? Until { get; init; }

    internal static OrderStayed Read(FieldReader r) => new()
    {
        Order = Ids.Order(r, "order"),
        By = r.OptionalId("by"),
        Until = r.Time("until"),
    };
}
