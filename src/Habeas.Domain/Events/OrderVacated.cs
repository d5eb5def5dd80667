using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An order was vacated: it no longer binds anyone.</summary>
public sealed record OrderVacated : RegistryEvent
{
    public const string TypeName = "order.vacated";

    public override string Type => TypeName;

    public required OrderId Order { get; init; }

    /// <summary>The order or court that did it.</summary>
    public string? By { get; init; }

    public TimeValue? Until { get; init; }

    internal static OrderVacated Read(FieldReader r) => new()
    {
        Order = Ids.Order(r, "order"),
        By = r.OptionalId("by"),
        Until = r.Time("until"),
    };
}
