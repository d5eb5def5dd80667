using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Records wrongly attributed to one person were split off (records are event ids or sequences).</summary>
public sealed record IdentitySplit : RegistryEvent
{
    public const string TypeName = "identity.split";

    public override string Type => TypeName;

    public required IReadOnlyList<string> Records { get; init; }

    public PersonId? Person { get; init; }

    public string? Reason { get; init; }

    internal static IdentitySplit Read(FieldReader r) => new()
    {
        Records = r.List("records", (x, _) => x.EventReference(string.Empty), required: true, min: 1),
        Person = Ids.OptionalPerson(r, "person"),
        Reason = r.Text("reason"),
    };
}
