using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A court issued an order: what it requires, of whom, by when.</summary>
public sealed record OrderIssued : RegistryEvent
{
    public const string TypeName = "order.issued";

    public override string Type => TypeName;

    public required OrderId Order { get; init; }

    public IReadOnlyList<PersonId> Persons { get; init; } = [];

    public Scope? Scope { get; init; }

    public string? Court { get; init; }

    public string? Case { get; init; }

    public TimeValue? IssuedAt { get; init; }

    public TimeValue? CommunicatedAt { get; init; }

    public IReadOnlyList<Requirement> Requires { get; init; } = [];

    internal static OrderIssued Read(FieldReader r)
    {
        var persons = Ids.Persons(r, "persons");
        var scope = r.Object("scope", ScopeReader.Read);
        if (persons.Count == 0 && scope is null)
        {
            r.Fail("persons", "a list of persons, or a scope");
        }

        return new OrderIssued
        {
            Order = Ids.Order(r, "order"),
            Persons = persons,
            Scope = scope,
            Court = r.Text("court"),
            Case = r.Text("case"),
            IssuedAt = r.Time("issued_at"),
            CommunicatedAt = r.Time("communicated_at"),
            Requires = RequirementReader.Read(r, "requires", required: false),
        };
    }
}
