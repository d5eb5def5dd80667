using System.Globalization;
using System.Text.Json;
using Habeas.Core.Store;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Queries;

/// <summary>Reads a person's case file, now or as of a past moment of valid time.</summary>
public sealed class CaseFileQuery(RegistryDbContext db)
{
    public async Task<CaseFile?> GetAsync(string personId, AsOf? asOf, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        // An id merged into another person answers with that person's file, which gathers what every one of their
        // ids recorded.
        if (person.SurvivorId is { } survivor)
        {
            personId = survivor;
            person = await db.Persons.AsNoTracking().FirstAsync(p => p.PersonId == survivor, cancellationToken);
        }

        var merged = await db.Persons.AsNoTracking().Where(p => p.SurvivorId == personId).OrderBy(p => p.PersonId).ToListAsync(cancellationToken);
        var ids = merged.Select(p => p.PersonId).Prepend(personId).ToArray();
        var t = asOf?.Milliseconds;
        var events = await db.Events.AsNoTracking()
            .Where(e => (e.PersonId != null && ids.Contains(e.PersonId)) || db.EventPersons.Any(p => p.Sequence == e.Sequence && ids.Contains(p.PersonId)))
            .Where(e => t == null || e.OccurredAt == null || e.OccurredAt <= t)
            .ToListAsync(cancellationToken);
        var known = events.Select(e => e.Sequence).ToHashSet();

        var records = await db.PersonRecords.AsNoTracking().Where(r => ids.Contains(r.PersonId)).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        var instruments = await db.Instruments.AsNoTracking().Where(i => i.PersonId != null && ids.Contains(i.PersonId)).OrderBy(i => i.Sequence).ToListAsync(cancellationToken);

        // A person's periods are those their events opened (custody_periods has no person index; see the model).
        var opening = events.Where(e => e.OccurredAt != null).Select(e => e.Sequence).ToArray();
        var periods = db.CustodyPeriods.AsNoTracking().Where(p => opening.Contains(p.FromSequence) && p.PersonId == personId);
        periods = t is { } at
            ? periods.Where(p => p.FromAt <= at && (p.UntilAt == null || p.UntilAt > at))
            : periods.Where(p => p.UntilAt == null);
        var period = (await periods.ToListAsync(cancellationToken)).OrderByDescending(p => p.FromAt).ThenByDescending(p => p.FromSequence).FirstOrDefault();
        CaseFile.Custody? current = null;
        if (period is not null)
        {
            var facility = period.FacilityId is null ? null : await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.FacilityId == period.FacilityId, cancellationToken);
            var physical = period.Status == Recording.CustodyStatus.InTransit ? period.Authority : facility?.Authority;
            current = new CaseFile.Custody(period.FacilityId, facility?.Name, period.Country, period.Authority, physical, period.FromText,
                period.Status, period.Basis, period.Transport, period.FromSequence);
        }

        var sourceBySequence = events.ToDictionary(e => e.Sequence, e => e.SourceName);
        return new CaseFile(
            person.PersonId,
            person.DisplayName,
            person.Sealed || merged.Any(p => p.Sealed),
            asOf?.Value.Text,
            records.Where(r => known.Contains(r.Sequence)).Select(r => new CaseFile.Record(
                r.Sequence, r.Given, List(r.Surnames), List(r.Aliases), r.Dob, r.Sex, r.BirthCountry, List(r.Nationalities), List(r.Languages),
                r.ANumber, JsonSerializer.Deserialize<Dictionary<string, string>>(r.Identifiers)!, sourceBySequence.GetValueOrDefault(r.Sequence))).ToArray(),
            instruments.Where(i => known.Contains(i.Sequence)).Select(i =>
            {
                var ended = i.EndedSequence is { } s && known.Contains(s);
                return new CaseFile.Instrument(i.InstrumentId, i.Kind, List(i.Countries), i.Issuer, i.Case, i.IssuedAt, i.EffectiveFrom,
                    i.EffectiveUntil, ended, ended ? i.EndReason : null, ended ? i.EndedAt : null, i.Sequence);
            }).ToArray(),
            current,
            events
                .OrderBy(e => e.OccurredAt is null ? 0 : 1).ThenBy(e => e.OccurredAt).ThenBy(e => e.Sequence)
                .Select(e => new CaseFile.TimelineEntry(
                    e.Sequence, e.EventId ?? EventIds.Assigned(e.Sequence), e.Type, OccurredText(e.Payload),
                    DateTimeOffset.FromUnixTimeMilliseconds(e.RecordedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    e.RecordedBy, e.SourceName, JsonDocument.Parse(Recording.Erasure.IsErased(e.Payload) ? ErasedEvent : e.Payload).RootElement.Clone()))
                .ToArray())
        {
            MergedIds = ids[1..],
        };
    }

    private const string ErasedEvent = """{"erased":true}""";

    private static string[] List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static string? OccurredText(string payload)
    {
        if (Recording.Erasure.IsErased(payload))
        {
            return null;
        }

        using var doc = JsonDocument.Parse(payload);
        return doc.RootElement.TryGetProperty("occurred_at", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
