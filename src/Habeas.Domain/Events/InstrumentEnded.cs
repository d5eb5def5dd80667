using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An instrument stopped having effect (it expired, was vacated, or a claim was resolved).</summary>
public sealed record InstrumentEnded : RegistryEvent
{
    public const string TypeName = "instrument.ended";

    public override string Type => TypeName;

    public required InstrumentId Instrument { get; init; }

    public required EndReason Reason { get; init; }

    internal static InstrumentEnded Read(FieldReader r) => new()
    {
        Instrument = Ids.Instrument(r, "instrument"),
        Reason = r.Enum<EndReason>("reason", required: true) ?? EndReason.Expired,
    };
}
