using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An order's requirements were replaced.</summary>
public sealed record OrderAmended : RegistryEvent
{
    public const string TypeName = "order.amended";

    public override string Type => TypeName;

    public required OrderId Order { get; init; }

    public string? By { get; init; }

    public required IReadOnlyList<Requirement> Requires { get; init; }

    internal static OrderAmended Read(FieldReader r) => new()
    {
        Order = Ids.Order(r, "order"),
        By = r.OptionalId("by"),
        Requires = RequirementReader.Read(r, "requires", required: true),
    };
}
