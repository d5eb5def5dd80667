using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Something an order required was done, with the evidence that shows it.</summary>
public sealed record OrderComplied : RegistryEvent
{
    public const string TypeName = "order.complied";

    public override string Type => TypeName;

    public required OrderId Order { get; init; }

    public OrderAction? Action { get; init; }

    public IReadOnlyList<string> Evidence { get; init; } = [];

    internal static OrderComplied Read(FieldReader r) => new()
    {
        Order = Ids.Order(r, "order"),
        Action = r.Enum<OrderAction>("action"),
        Evidence = r.Raw("evidence") is { ValueKind: System.Text.Json.JsonValueKind.Array } e
            ? e.EnumerateArray().Select(x => x.ValueKind == System.Text.Json.JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToArray()
            : NoEvidence(r),
    };

    private static string[] NoEvidence(FieldReader r)
    {
        if (r.Has("evidence"))
        {
            r.Fail("evidence", "an array", r.Raw("evidence"));
        }

        return [];
    }
}
