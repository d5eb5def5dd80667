using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A person was released from custody.</summary>
public sealed record CustodyReleased : RegistryEvent
{
    public const string TypeName = "custody.released";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public FacilityId? Facility { get; init; }

    public CountryCode? Country { get; init; }

    public override PersonId? Subject => Person;

    internal static CustodyReleased Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Facility = Ids.OptionalFacility(r, "facility"),
        Country = r.Country("country"),
    };
}
