using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A person's record was sealed: the public and unassigned counsel no longer see it at all.</summary>
public sealed record PersonSealed : RegistryEvent
{
    public const string TypeName = "person.sealed";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public string? Reason { get; init; }

    public override PersonId? Subject => Person;

    internal static PersonSealed Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Reason = r.Text("reason"),
    };
}
