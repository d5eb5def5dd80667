using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A removal under way was stopped (a plane turned around, a person taken off a flight).</summary>
public sealed record RemovalHalted : RegistryEvent
{
    public const string TypeName = "removal.halted";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public Transport? Transport { get; init; }

    public string? Reason { get; init; }

    public OrderId? Order { get; init; }

    public override PersonId? Subject => Person;

    internal static RemovalHalted Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Transport = TransportReader.Read(r, "transport"),
        Reason = r.Text("reason"),
        Order = Ids.OptionalOrder(r, "order"),
    };
}
