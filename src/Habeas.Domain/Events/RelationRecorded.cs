using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Two persons are related: a parent, a guardian or a spouse (children removed with a parent matter).</summary>
public sealed record RelationRecorded : RegistryEvent
{
    public const string TypeName = "relation.recorded";

    public override string Type => TypeName;

    public required PersonId Person { get; init; }

    public required RelationKind Relation { get; init; }

    public required PersonId Other { get; init; }

    public override PersonId? Subject => Person;

    internal static RelationRecorded Read(FieldReader r) => new()
    {
        Person = Ids.Person(r, "person"),
        Relation = r.Enum<RelationKind>("relation", required: true) ?? RelationKind.ParentOf,
        Other = Ids.Person(r, "other"),
    };
}
