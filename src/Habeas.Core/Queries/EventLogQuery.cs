using System.Globalization;
using System.Text.Json;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Queries;

/// <summary>The log read in sequence order, a page at a time, with the sequence as a stable cursor (the API's events).</summary>
public sealed class EventLogQuery(RegistryDbContext db)
{
    /// <summary>
    /// The log's version: its last sequence (0 when empty), one indexed read. Whatever is derived from the log alone
    /// (the locator's index, the dashboard) stays right while it does not move.
    /// </summary>
    public static async Task<long> VersionAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Events.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>Up to <paramref name="limit"/> events after <paramref name="after"/>; <c>next</c> is null on the last page.</summary>
    public async Task<EventPage> PageAsync(long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = await db.Events.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).Select(e => new EventEntry(
            e.Sequence, e.EventId ?? EventIds.Assigned(e.Sequence), e.Type,
            DateTimeOffset.FromUnixTimeMilliseconds(e.RecordedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), e.RecordedBy, e.SourceName,
            JsonDocument.Parse(Recording.Erasure.IsErased(e.Payload) ? """{"erased":true}""" : e.Payload).RootElement.Clone())).ToArray();
        return new EventPage(page, rows.Count > limit ? page[^1].Sequence : null);
    }
}

/// <summary>One event as committed (an erased one as <c>{"erased": true}</c>), with its provenance.</summary>
public sealed record EventEntry(long Sequence, string Id, string Type, string RecordedAt, string RecordedBy, string? Source, JsonElement Event);

/// <summary>A page of the log; <c>next</c> is the cursor (<c>after</c>) of the next page, null at the end.</summary>
public sealed record EventPage(IReadOnlyList<EventEntry> Events, long? Next);
