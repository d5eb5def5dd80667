using System.Collections.Frozen;
using System.Text.Json;
using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// Reads one JSON object of the public data format v1 into its event record, or says everything that is wrong
/// with it. The checks are those of docs/schema/events.v1.json.
/// </summary>
public static class EventReader
{
    private static readonly FrozenDictionary<string, Func<FieldReader, RegistryEvent>> Readers =
        new Dictionary<string, Func<FieldReader, RegistryEvent>>
        {
            [FacilityRegistered.TypeName] = FacilityRegistered.Read,
            [FacilityUpdated.TypeName] = FacilityUpdated.Read,
            [PersonRecorded.TypeName] = PersonRecorded.Read,
            [RelationRecorded.TypeName] = RelationRecorded.Read,
            [InstrumentRecorded.TypeName] = InstrumentRecorded.Read,
            [InstrumentEnded.TypeName] = InstrumentEnded.Read,
            [CustodyBegan.TypeName] = CustodyBegan.Read,
            [CustodyTransferred.TypeName] = CustodyTransferred.Read,
            [PersonRemoved.TypeName] = PersonRemoved.Read,
            [CustodyHandedOver.TypeName] = CustodyHandedOver.Read,
            [RemovalHalted.TypeName] = RemovalHalted.Read,
            [PersonReturned.TypeName] = PersonReturned.Read,
            [CustodyReleased.TypeName] = CustodyReleased.Read,
            [CustodyUnaccounted.TypeName] = CustodyUnaccounted.Read,
            [PersonDied.TypeName] = PersonDied.Read,
            [TransferRequested.TypeName] = TransferRequested.Read,
            [TransferDecided.TypeName] = TransferDecided.Read,
            [OrderIssued.TypeName] = OrderIssued.Read,
            [OrderStayed.TypeName] = OrderStayed.Read,
            [OrderUnstayed.TypeName] = OrderUnstayed.Read,
            [OrderVacated.TypeName] = OrderVacated.Read,
            [OrderAmended.TypeName] = OrderAmended.Read,
            [OrderComplied.TypeName] = OrderComplied.Read,
            [AgreementRecorded.TypeName] = AgreementRecorded.Read,
            [IdentityMerged.TypeName] = IdentityMerged.Read,
            [IdentitySplit.TypeName] = IdentitySplit.Read,
            [RecordCorrected.TypeName] = RecordCorrected.Read,
            [EventErased.TypeName] = EventErased.Read,
            [PersonSealed.TypeName] = PersonSealed.Read,
            [PersonUnsealed.TypeName] = PersonUnsealed.Read,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MayOmitOccurredAt =
        new[] { FacilityRegistered.TypeName, PersonRecorded.TypeName }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string TypeList = string.Join(", ", Readers.Keys.Order(StringComparer.Ordinal));

    /// <summary>Every event type of the data format.</summary>
    public static IEnumerable<string> Types => Readers.Keys;

    /// <summary>Reads <paramref name="element"/>; on failure returns null and fills <paramref name="errors"/>.</summary>
    public static RegistryEvent? Read(JsonElement element, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("(line)", "a JSON object", element.ValueKind.ToString().ToLowerInvariant()));
            return null;
        }

        var zone = TimeZoneInfo.Utc;
        string? tz = null;
        if (element.TryGetProperty("tz", out var tzElement) && tzElement.ValueKind != JsonValueKind.Null)
        {
            tz = tzElement.ValueKind == JsonValueKind.String ? tzElement.GetString() : null;
            if (tz is null || !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var found))
            {
                errors.Add(new FieldError("tz", "an IANA time zone name (America/New_York)", tzElement.GetRawText()));
            }
            else
            {
                zone = found;
            }
        }

        var r = new FieldReader(element, errors, zone);
        var type = r.Text("type", required: true);
        if (type is null)
        {
            return null;
        }

        if (!Readers.TryGetValue(type, out var read))
        {
            r.Fail("type", "one of " + TypeList, element.GetProperty("type"));
            return null;
        }

        var common = new
        {
            Id = r.OptionalId("id"),
            OccurredAt = r.Time("occurred_at", required: !MayOmitOccurredAt.Contains(type)),
            Source = r.Object("source", s => new EventSource(s.Text("name"), s.Text("ref"))),
            Confidence = r.Enum<Confidence>("confidence") ?? Confidence.Confirmed,
            Note = r.Text("note"),
        };
        var evt = read(r);
        if (errors.Count > before)
        {
            return null;
        }

        return evt with
        {
            Id = common.Id,
            OccurredAt = common.OccurredAt,
            Source = common.Source,
            Confidence = common.Confidence,
            Tz = tz,
            Note = common.Note,
        };
    }
}
