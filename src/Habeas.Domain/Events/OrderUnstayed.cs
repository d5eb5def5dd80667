using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A stay of an order was lifted.</summary>
public sealed record OrderUnstayed : RegistryEvent
{
    public const string TypeName = "order.unstayed";

    public override string Type => TypeName;

    public required OrderId Order { get; init; }

    /// <summary>The order or court that did it.</summary>
    public string? By { get; init; }

    public TimeValue? Until { get; init; }

    internal static OrderUnstayed Read(FieldReader r) => new()
    {
        Order = Ids.Order(r, "order"),
        By = r.OptionalId("by"),
        Until = r.Time("until"),
    };
}
