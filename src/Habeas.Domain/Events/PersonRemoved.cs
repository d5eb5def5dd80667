using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// A person departed the country under a removal (the departure; <see cref="CustodyHandedOver"/> is the arrival).
/// <see cref="Authority"/> is the legal custodian during and, when <see cref="To"/> is a facility abroad, after it.
/// </summary>
public sealed record PersonRemoved : RegistryEvent
{
    public const string TypeName = "person.removed";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public FacilityId? From { get; init; }

    /// <summary>The destination country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>A facility abroad the person is taken to, when known.</summary>
    public FacilityId? To { get; init; }

    public string? Authority { get; init; }

    public RemovalBasis? Basis { get; init; }

    public Transport? Transport { get; init; }

    /// <summary>The transfer request this act carries out, when the registry gated it (a refused one is audited as a violation).</summary>
    public RequestId? Request { get; init; }

    public override PersonId? Subject => Person;

    internal static PersonRemoved Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        From = Ids.OptionalFacility(r, "from"),
        Country = r.Country("country", required: true) ?? CountryCode.UnitedStates,
        To = Ids.OptionalFacility(r, "to"),
        Authority = r.OptionalId("authority"),
        Basis = r.Enum<RemovalBasis>("basis"),
        Transport = TransportReader.Read(r, "transport"),
        Request = r.OptionalId("request") is { } request ? new RequestId(request) : null,
    };
}
