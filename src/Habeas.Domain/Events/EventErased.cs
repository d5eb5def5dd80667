using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A court ordered an event's content erased. The content goes; its commitment in the log stays.</summary>
public sealed record EventErased : RegistryEvent
{
    public const string TypeName = "event.erased";

    public override string Type => TypeName;

    public required string Erases { get; init; }

    public OrderId? Order { get; init; }

    public string? Reason { get; init; }

    internal static EventErased Read(FieldReader r) => new()
    {
        Erases = r.EventReference("erases") ?? "?",
        Order = Ids.OptionalOrder(r, "order"),
        Reason = r.Text("reason"),
    };
}
