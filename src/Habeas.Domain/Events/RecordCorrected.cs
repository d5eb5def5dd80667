using System.Text.Json;
using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>An earlier event was wrong; this one names it and the corrected fields. The earlier one stays.</summary>
public sealed record RecordCorrected : RegistryEvent
{
    public const string TypeName = "record.corrected";

    public override string Type => TypeName;

    /// <summary>The event id or sequence number corrected.</summary>
    public required string Corrects { get; init; }

    public required JsonElement Fields { get; init; }

    public string? Reason { get; init; }

    internal static RecordCorrected Read(FieldReader r)
    {
        var fields = r.Raw("fields");
        if (fields is not { ValueKind: JsonValueKind.Object })
        {
            r.Fail("fields", "an object of corrected fields", fields);
        }

        return new RecordCorrected
        {
            Corrects = r.EventReference("corrects") ?? "?",
            Fields = fields ?? default,
            Reason = r.Text("reason"),
        };
    }
}
