using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Two or more person ids were found to be one person. Undone by <see cref="IdentitySplit"/>.</summary>
public sealed record IdentityMerged : RegistryEvent
{
    public const string TypeName = "identity.merged";

    public override string Type => TypeName;

    /// <summary>The persons merged; the first survives.</summary>
    public required IReadOnlyList<PersonId> Persons { get; init; }

    public string? Reason { get; init; }

    internal static IdentityMerged Read(FieldReader r) => new()
    {
        Persons = Ids.Persons(r, "persons", required: true, min: 2),
        Reason = r.Text("reason"),
    };
}
