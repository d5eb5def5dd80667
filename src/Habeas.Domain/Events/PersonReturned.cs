using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A person was brought back from abroad into custody at a facility.</summary>
public sealed record PersonReturned : RegistryEvent
{
    public const string TypeName = "person.returned";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    /// <summary>The facility or the country the person came back from.</summary>
    public string? From { get; init; }

    public required FacilityId To { get; init; }

    public string? Authority { get; init; }

    public CustodyBasis? Basis { get; init; }

    public override PersonId? Subject => Person;

    internal static PersonReturned Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        From = r.OptionalId("from"),
        To = Ids.Facility(r, "to"),
        Authority = r.OptionalId("authority"),
        Basis = r.Enum<CustodyBasis>("basis"),
    };
}
