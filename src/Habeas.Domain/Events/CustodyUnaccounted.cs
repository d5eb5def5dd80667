using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>No custodian can say where the person is: the case the registry exists to prevent.</summary>
public sealed record CustodyUnaccounted : RegistryEvent
{
    public const string TypeName = "custody.unaccounted";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    /// <summary>The facility id or country where the person was last known to be.</summary>
    public string? LastKnown { get; init; }

    public override PersonId? Subject => Person;

    internal static CustodyUnaccounted Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        LastKnown = r.OptionalId("last_known"),
    };
}
