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

    internal static AgreementRecorded Read(FieldReader r) => new()
    {
        Agreement = new AgreementId(r.Id("agreement") is { Length: > 0 } a ? a : "?"),
        Parties = r.Countries("parties", required: true, min: 1),
        Facilities = r.Ids("facilities").Select(f => new FacilityId(f)).ToArray(),
        Capacity = r.Integer("capacity"),
        Payment = r.Object("payment", p => new Payment(p.Number("amount"), p.Text("currency"), ReadPer(p), p.Duration("period"))),
        EffectiveFrom = r.Time("effective_from"),
        EffectiveUntil = r.Time("effective_until"),
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
