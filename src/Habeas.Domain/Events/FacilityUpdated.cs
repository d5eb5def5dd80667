using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Fields of a registered facility changed; fields left out keep their value.</summary>
public sealed record FacilityUpdated : RegistryEvent
{
    public const string TypeName = "facility.updated";

    public override string Type => TypeName;

    public required FacilityId Facility { get; init; }

    public string? Name { get; init; }

    public CountryCode? Country { get; init; }

    public string? Authority { get; init; }

    public int? Capacity { get; init; }

    public FacilityKind? Kind { get; init; }

    public string? Standard { get; init; }

    internal static FacilityUpdated Read(FieldReader r) => new()
    {
        Facility = Ids.Facility(r, "facility"),
        Name = r.Text("name"),
        Country = r.Country("country"),
        Authority = r.OptionalId("authority"),
        Capacity = r.Integer("capacity"),
        Kind = r.Enum<FacilityKind>("kind"),
        Standard = r.Text("standard"),
    };
}
