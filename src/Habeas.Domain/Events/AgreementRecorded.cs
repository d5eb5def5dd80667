using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An agreement between governments to hold persons: parties, facilities, capacity, payment, coverage.</summary>
public sealed record AgreementRecorded : RegistryEvent
{
    public const string TypeName = "agreement.recorded";

    public override string Type => TypeName;

    public required AgreementId Agreement { get; init; }

    public required IReadOnlyList<CountryCode> Parties { get; init; }

    public IReadOnlyList<FacilityId> Facilities { get; init; } = [];

    public int? Capacity { get; init; }

    public Payment? Payment { get; init; }

    public TimeValue? EffectiveFrom { get; init; }

    public TimeValue? EffectiveUntil { get; init; }

    /// <summary>
    /// Who is covered, as the source wrote it (the format leaves its shape open). Read by capacity: an object with
    /// <c>authorities</c> (the legal custodians whose persons the agreement holds).
    /// </summary>
    public System.Text.Json.JsonElement? Covers { get; init; }

    /// <summary>The legal custodians <see cref="Covers"/> names (<c>{"authorities": [...]}</c>), or empty when it names none.</summary>
    public IReadOnlyList<string> CoveredAuthorities =>
        Covers is { ValueKind: System.Text.Json.JsonValueKind.Object } c && c.TryGetProperty("authorities", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Array
            ? a.EnumerateArray().Where(x => x.ValueKind == System.Text.Json.JsonValueKind.String).Select(x => x.GetString()!).ToArray()
            : [];

    internal static AgreementRecorded Read(FieldReader r) => new()
    {
        Agreement = new AgreementId(r.Id("agreement") is { Length: > 0 } a ? a : "?"),
        Parties = r.Countries("parties", required: true, min: 1),
        Facilities = r.Ids("facilities").Select(f => new FacilityId(f)).ToArray(),
        Capacity = r.Integer("capacity"),
        Payment = r.Object("payment", p => new Payment(p.Number("amount"), p.Text("currency"), ReadPer(p), p.Duration("period"))),
        EffectiveFrom = r.Time("effective_from"),
        EffectiveUntil = r.Time("effective_until"),
        Covers = r.Raw("covers"),
    };

    private static string? ReadPer(FieldReader p)
    {
        var per = p.Text("per");
        if (per is not null and not ("person" or "period"))
        {
            p.Fail("per", "person or period", p.Raw("per"));
        }

        return per;
    }
}
