using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An authority asked to move persons to a facility or a country: a proposal, gated by the rules.</summary>
public sealed record TransferRequested : RegistryEvent
{
    public const string TypeName = "transfer.requested";

    public override string Type => TypeName;

    public required RequestId Request { get; init; }

    public required IReadOnlyList<PersonId> Persons { get; init; }

    public FacilityId? From { get; init; }

    public FacilityId? To { get; init; }

    public CountryCode? Country { get; init; }

    public TimeValue? PlannedFor { get; init; }

    public string? Authority { get; init; }

    public string? Basis { get; init; }

    internal static TransferRequested Read(FieldReader r)
    {
        var to = Ids.OptionalFacility(r, "to");
        var country = r.Country("country");
        if (to is null && country is null && !r.Has("to") && !r.Has("country"))
        {
            r.Fail("to", "a facility id, or a country");
        }

        return new TransferRequested
        {
            Request = Ids.Request(r, "request"),
            Persons = Ids.Persons(r, "persons", required: true, min: 1),
            From = Ids.OptionalFacility(r, "from"),
            To = to,
            Country = country,
            PlannedFor = r.Time("planned_for"),
            Authority = r.OptionalId("authority"),
            Basis = r.Text("basis"),
        };
    }
}
