using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>A person was moved from one facility to another.</summary>
public sealed record CustodyTransferred : RegistryEvent
{
    public const string TypeName = "custody.transferred";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public required FacilityId From { get; init; }

    public required FacilityId To { get; init; }

    /// <summary>The legal custodian after the move; unchanged when left out.</summary>
    public string? Authority { get; init; }

    public CustodyBasis? Basis { get; init; }

    public Transport? Transport { get; init; }

    /// <summary>The transfer request this act carries out, when the registry gated it (a refused one is audited as a violation).</summary>
    public RequestId? Request { get; init; }

    public override PersonId? Subject => Person;

    internal static CustodyTransferred Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        From = Ids.Facility(r, "from"),
        To = Ids.Facility(r, "to"),
        Authority = r.OptionalId("authority"),
        Basis = r.Enum<CustodyBasis>("basis"),
        Transport = TransportReader.Read(r, "transport"),
        Request = r.OptionalId("request") is { } request ? new RequestId(request) : null,
    };
}
