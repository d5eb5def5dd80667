using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A person died, in custody or not.</summary>
public sealed record PersonDied : RegistryEvent
{
    public const string TypeName = "person.died";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public FacilityId? Facility { get; init; }

    public override PersonId? Subject => Person;

    internal static PersonDied Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Facility = Ids.OptionalFacility(r, "facility"),
    };
}
