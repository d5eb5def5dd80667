using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A place where persons are held became known to the registry. Its authority is the physical custodian.</summary>
public sealed record FacilityRegistered : RegistryEvent
{
    public const string TypeName = "facility.registered";

    public override string Type => TypeName;

    public required FacilityId Facility { get; init; }

    public required string Name { get; init; }

    public required CountryCode Country { get; init; }

    /// <summary>The physical custodian (<c>US-ICE</c>, <c>SV-PRISONS</c>).</summary>
    public required string Authority { get; init; }

    /// <summary>Beds, persons; null when unknown.</summary>
    public int? Capacity { get; init; }

    public FacilityKind? Kind { get; init; }

    /// <summary>The detention standard the facility is held to, as the source names it.</summary>
    public string? Standard { get; init; }

    internal static FacilityRegistered Read(FieldReader r) => new()
    {
        Facility = Ids.Facility(r, "facility"),
        Name = r.Text("name", required: true) ?? string.Empty,
        Country = r.Country("country", required: true) ?? CountryCode.UnitedStates,
        Authority = r.Id("authority"),
        Capacity = r.Integer("capacity"),
        Kind = r.Enum<FacilityKind>("kind"),
        Standard = r.Text("standard"),
    };
}
