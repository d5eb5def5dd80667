using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// A person came into custody at a facility. Recorded again at the same facility, it means the legal custodian
/// or the basis changed (a detainer taking effect).
/// </summary>
public sealed record CustodyBegan : RegistryEvent
{
    public const string TypeName = "custody.began";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public required FacilityId Facility { get; init; }

    /// <summary>The legal custodian.</summary>
    public required string Authority { get; init; }

    public CustodyBasis? Basis { get; init; }

    public string? BasisNote { get; init; }

    public override PersonId? Subject => Person;

    internal static CustodyBegan Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Facility = Ids.Facility(r, "facility"),
        Authority = r.Id("authority"),
        Basis = r.Enum<CustodyBasis>("basis"),
        BasisNote = r.Text("basis_note"),
    };
}
