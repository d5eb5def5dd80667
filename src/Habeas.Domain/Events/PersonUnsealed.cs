using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A seal on a person's record was lifted.</summary>
public sealed record PersonUnsealed : RegistryEvent
{
    public const string TypeName = "person.unsealed";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public string? Reason { get; init; }

    public override PersonId? Subject => Person;

    internal static PersonUnsealed Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Reason = r.Text("reason"),
    };
}
