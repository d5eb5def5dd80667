using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Reads the `requires` list of an order.</summary>
internal static class RequirementReader
{
    public static IReadOnlyList<Requirement> Read(FieldReader r, string name, bool required) =>
        r.List(name, (item, _) => item.Object(string.Empty, x => new Requirement(
            x.Enum<OrderAction>("action", required: true) ?? OrderAction.Plan,
            x.Time("due"),
            x.Duration("every"))), required);
}
