using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A removed person arrived and was handed over at a facility or to a country.</summary>
public sealed record CustodyHandedOver : RegistryEvent
{
    public const string TypeName = "custody.handed_over";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public FacilityId? Facility { get; init; }

    public CountryCode? Country { get; init; }

    /// <summary>The legal custodian after arrival (e.g. the sending government that pays for the detention).</summary>
    public string? Authority { get; init; }

    public Transport? Transport { get; init; }

    public override PersonId? Subject => Person;

    internal static CustodyHandedOver Read(FieldReader r)
    {
        var facility = Ids.OptionalFacility(r, "facility");
        var country = r.Country("country");
        if (facility is null && country is null && !r.Has("facility") && !r.Has("country"))
        {
            r.Fail("facility", "a facility id, or a country");
        }

        return new CustodyHandedOver
        {
            Person = Ids.Person(r, "person"),
            Facility = facility,
            Country = country,
            Authority = r.OptionalId("authority"),
            Transport = TransportReader.Read(r, "transport"),
        };
    }
}
