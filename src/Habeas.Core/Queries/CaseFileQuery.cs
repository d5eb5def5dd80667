using System.Globalization;
using System.Text.Json;
using Habeas.Core.Store;
using Habeas.Core.Store.Rows;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Queries;

/// <summary>Reads a person's case file, now or as of a past moment of valid time.</summary>
public sealed class CaseFileQuery(RegistryDbContext db)
{
    public async Task<CaseFile?> GetAsync(string personId, AsOf? asOf, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(personId, cancellationToken) is not var (person, merged, ids))
        {
            return null;
        }

        personId = person.PersonId;
        var t = asOf?.Milliseconds;
        var events = await EventsOf(ids)
            .Where(e => t == null || e.OccurredAt == null || e.OccurredAt <= t)
            // What the file shows, not the log's commitments (salt, file hash, line).
            .Select(e => new TimelineRow(e.Sequence, e.EventId, e.Type, e.OccurredAt, e.Payload, e.RecordedAt, e.RecordedBy, e.SourceName))
            .ToListAsync(cancellationToken);
        var known = events.Select(e => e.Sequence).ToHashSet();

        var records = await db.PersonRecords.AsNoTracking().Where(r => ids.Contains(r.PersonId)).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        var instruments = await db.Instruments.AsNoTracking().Where(i => i.PersonId != null && ids.Contains(i.PersonId)).OrderBy(i => i.Sequence).ToListAsync(cancellationToken);

        var current = await CustodyAsync(personId, events.Where(e => e.OccurredAt != null).Select(e => e.Sequence).ToArray(), t, cancellationToken);

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
                .Select(e =>
                {
                    var payload = Recording.Erasure.IsErased(e.Payload) ? ErasedEvent : e.Payload;
                    return new CaseFile.TimelineEntry(
                        e.Sequence, e.EventId ?? EventIds.Assigned(e.Sequence), e.Type, OccurredText(payload),
                        DateTimeOffset.FromUnixTimeMilliseconds(e.RecordedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                        e.RecordedBy, e.SourceName, payload);
                })
                .ToArray())
        {
            MergedIds = ids[1..],
        };
    }

    /// <summary>
    /// Who each person is, where they are now and their recorded dates of birth, without the files' records and
    /// timelines: what the locator shows for its candidates (a case file parses every event; this is five queries for all
    /// of them), by the id asked for.
    /// Unknown ids are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (string Person, string Name, CaseFile.Custody? Current, IReadOnlyList<string> BirthDates)>> WhereNowAsync(
        IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var asked = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.PersonId)).ToListAsync(cancellationToken);
        var survivorIds = asked.Select(p => p.SurvivorId ?? p.PersonId).Distinct(StringComparer.Ordinal).ToArray();
        var people = await db.Persons.AsNoTracking().Where(p => survivorIds.Contains(p.PersonId) || survivorIds.Contains(p.SurvivorId!)).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.PersonId).ToArray();
        var opening = await EventsOf(ids).Where(e => e.OccurredAt != null)
            .Select(e => e.Sequence).ToArrayAsync(cancellationToken);
        var periods = (await db.CustodyPeriods.AsNoTracking().Where(p => opening.Contains(p.FromSequence) && survivorIds.Contains(p.PersonId) && p.UntilAt == null)
            .ToListAsync(cancellationToken)).ToLookup(p => p.PersonId, StringComparer.Ordinal);
        var facilityIds = periods.SelectMany(g => g).Select(p => p.FacilityId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var facilities = await db.Facilities.AsNoTracking().Where(f => facilityIds.Contains(f.FacilityId)).ToDictionaryAsync(f => f.FacilityId, StringComparer.Ordinal, cancellationToken);
        // Every recorded date of birth of every id of the person: whether they may be a minor (whose name is never public).
        var byId = people.ToDictionary(p => p.PersonId, StringComparer.Ordinal);
        var births = (await db.PersonRecords.AsNoTracking().Where(r => ids.Contains(r.PersonId) && r.Dob != null).Select(r => new { r.PersonId, r.Dob })
            .ToListAsync(cancellationToken)).ToLookup(r => byId[r.PersonId].SurvivorId ?? r.PersonId, r => r.Dob!, StringComparer.Ordinal);
        return asked.ToDictionary(a => a.PersonId, a =>
        {
            var person = byId[a.SurvivorId ?? a.PersonId];
            var period = Latest(periods[person.PersonId]);
            return (person.PersonId, person.DisplayName, period is null ? null : Custody(period, period.FacilityId is null ? null : facilities.GetValueOrDefault(period.FacilityId)),
                (IReadOnlyList<string>)births[person.PersonId].ToArray());
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// The events about <paramref name="ids"/>: those whose person is one of them, and those naming them among several
    /// (<c>event_persons</c>). Written as "person in ids, or sequence in the events naming them" (not a correlated
    /// EXISTS), so both engines answer it from the two person indexes instead of scanning the whole log (measured: a scan
    /// of 26,000 events made the case file 17 ms; at national scale it would be seconds).
    /// </summary>
    private IQueryable<Store.Rows.EventRow> EventsOf(string[] ids) =>
        db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.PersonId!) || db.EventPersons.Where(p => ids.Contains(p.PersonId)).Select(p => p.Sequence).Contains(e.Sequence));

    /// <summary>
    /// The person an id names now (an id merged into another answers with that person, whose file gathers what every one
    /// of their ids recorded), the persons merged into them, and all their ids, survivor first; null for an unknown id.
    /// </summary>
    private async Task<(PersonRow Person, List<PersonRow> Merged, string[] Ids)?> ResolveAsync(string personId, CancellationToken cancellationToken)
    {
        // One open connection for the file's queries: EF Core would open and close it around each one, and on SQLite each
        // open registers the provider's functions again (measured: a tenth of a case file page's time).
        await db.Database.OpenConnectionAsync(cancellationToken);
        // The person and those merged into them in one read; a second only when the id asked for was merged into another.
        var rows = await db.Persons.AsNoTracking().Where(p => p.PersonId == personId || p.SurvivorId == personId).ToListAsync(cancellationToken);
        var person = rows.Find(p => p.PersonId == personId);
        if (person is null)
        {
            return null;
        }

        if (person.SurvivorId is { } survivor)
        {
            personId = survivor;
            rows = await db.Persons.AsNoTracking().Where(p => p.PersonId == survivor || p.SurvivorId == survivor).ToListAsync(cancellationToken);
            person = rows.First(p => p.PersonId == survivor);
        }

        var merged = rows.Where(p => p.SurvivorId == personId).OrderBy(p => p.PersonId, StringComparer.Ordinal).ToList();
        return (person, merged, merged.Select(p => p.PersonId).Prepend(personId).ToArray());
    }

    /// <summary>
    /// The custody period in force at <paramref name="t"/> (now when null), with the facility's name and physical
    /// custodian. A person's periods are those their events opened (custody_periods has no person index; see the model).
    /// </summary>
    private async Task<CaseFile.Custody?> CustodyAsync(string personId, long[] opening, long? t, CancellationToken cancellationToken)
    {
        var periods = db.CustodyPeriods.AsNoTracking().Where(p => opening.Contains(p.FromSequence) && p.PersonId == personId);
        periods = t is { } at
            ? periods.Where(p => p.FromAt <= at && (p.UntilAt == null || p.UntilAt > at))
            : periods.Where(p => p.UntilAt == null);
        var period = Latest(await periods.ToListAsync(cancellationToken));
        if (period is null)
        {
            return null;
        }

        return Custody(period, period.FacilityId is null ? null : await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.FacilityId == period.FacilityId, cancellationToken));
    }

    /// <summary>Of the periods in force, the one begun last (a later fact at the same moment wins).</summary>
    private static CustodyPeriodRow? Latest(IEnumerable<CustodyPeriodRow> periods) =>
        periods.OrderByDescending(p => p.FromAt).ThenByDescending(p => p.FromSequence).FirstOrDefault();

    /// <summary>The period as the file shows it: the legal custodian, and the physical one (the facility's, or the carrier's in transit).</summary>
    private static CaseFile.Custody Custody(CustodyPeriodRow period, FacilityRow? facility)
    {
        var physical = period.Status == Recording.CustodyStatus.InTransit ? period.Authority : facility?.Authority;
        return new CaseFile.Custody(period.FacilityId, facility?.Name, period.Country, period.Authority, physical, period.FromText,
            period.Status, period.Basis, period.Transport, period.FromSequence);
    }

    private sealed record TimelineRow(long Sequence, string? EventId, string Type, long? OccurredAt, string Payload, long RecordedAt, string RecordedBy, string? SourceName);

    /// <summary>
    /// The event's <c>occurred_at</c> as written (its precision kept), read off the canonical payload's top level
    /// without building a document.
    /// </summary>
    private static string? OccurredText(string payload)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(payload));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var isOccurred = reader.ValueTextEquals("occurred_at"u8);
                reader.Read();
                if (isOccurred)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }

        return null;
    }

    private const string ErasedEvent = """{"erased":true}""";

    private static string[] List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
