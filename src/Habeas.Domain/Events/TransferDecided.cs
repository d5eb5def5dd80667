using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>The registry approved or refused a transfer request, with the findings that decided it.</summary>
public sealed record TransferDecided : RegistryEvent
{
    public const string TypeName = "transfer.decided";

    public override string Type => TypeName;

    public required RequestId Request { get; init; }

    public required TransferDecision Decision { get; init; }

    internal static TransferDecided Read(FieldReader r) => new()
    {
        Request = Ids.Request(r, "request"),
        Decision = r.Enum<TransferDecision>("decision", required: true) ?? TransferDecision.Refused,
    };
}
