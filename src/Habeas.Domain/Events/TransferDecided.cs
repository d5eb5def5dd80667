using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>The registry approved or refused a transfer request, with the findings that decided it.</summary>
public sealed record TransferDecided : RegistryEvent
{
    public const string TypeName = "transfer.decided";

    public override string Type => TypeName;

    public required RequestId Request { get; init; }

    public required TransferDecision Decision { get; init; }

    /// <summary>The authorities the decision's findings cite (written by the registry, read back for later findings).</summary>
    public IReadOnlyList<string> Citations { get; init; } = [];

    internal static TransferDecided Read(FieldReader r) => new()
    {
        Request = Ids.Request(r, "request"),
        Decision = r.Enum<TransferDecision>("decision", required: true) ?? TransferDecision.Refused,
        Citations = r.Raw("findings") is { ValueKind: System.Text.Json.JsonValueKind.Array } findings
            ? findings.EnumerateArray()
                .Where(f => f.ValueKind == System.Text.Json.JsonValueKind.Object && f.TryGetProperty("citations", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.Array)
                .SelectMany(f => f.GetProperty("citations").EnumerateArray())
                .Where(c => c.ValueKind == System.Text.Json.JsonValueKind.String)
                .Select(c => c.GetString()!).Distinct(StringComparer.Ordinal).ToArray()
            : [],
    };
}
