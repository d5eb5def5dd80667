using System.Globalization;
using System.Text.Json;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Queries;

/// <summary>
/// What the dashboard shows of the registry now: who is held where (by country and legal custodian), the latest
/// removals, and removals per week by destination. Read from the custody periods and the removal events.
/// </summary>
public sealed class DashboardQuery(RegistryDbContext db)
{
    public async Task<Dashboard> GetAsync(CancellationToken cancellationToken)
    {
        var countryOf = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.FacilityId, f => f.Country, StringComparer.Ordinal, cancellationToken);
        var open = await db.CustodyPeriods.AsNoTracking().Where(p => p.UntilAt == null && p.Status == CustodyStatus.Held)
            .Select(p => new { p.FacilityId, p.Country, p.Authority }).ToListAsync(cancellationToken);
        var held = open.GroupBy(p => (Country: p.Country ?? (p.FacilityId is { } f ? countryOf.GetValueOrDefault(f) : null) ?? "?", Authority: p.Authority ?? "?"))
            .Select(g => new HeldCount(g.Key.Country, g.Key.Authority, g.Count()))
            .OrderByDescending(h => h.Persons).ThenBy(h => h.Country, StringComparer.Ordinal).ThenBy(h => h.Authority, StringComparer.Ordinal).ToArray();
        var (removals, perWeek) = await RemovalsAsync(cancellationToken);
        return new Dashboard(held, removals.OrderByDescending(r => r.Sequence).Take(10).ToArray(), perWeek);
    }

    /// <summary>Every recorded removal, and the removals per week by destination (all the removals chart needs).</summary>
    public async Task<(List<Removal> Removals, WeeklyRemovals[] PerWeek)> RemovalsAsync(CancellationToken cancellationToken)
    {
        var removals = new List<Removal>();
        foreach (var e in await db.Events.AsNoTracking().Where(e => e.Type == "person.removed").OrderBy(e => e.Sequence)
                     .Select(e => new { e.Sequence, e.EventId, e.Payload }).ToListAsync(cancellationToken))
        {
            if (Erasure.IsErased(e.Payload))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(e.Payload);
            var root = doc.RootElement;
            var at = root.TryGetProperty("occurred_at", out var t) ? t.GetString() : null;
            removals.Add(new Removal(e.Sequence, e.EventId ?? EventIds.Assigned(e.Sequence), root.GetProperty("person").GetString()!,
                root.TryGetProperty("country", out var c) ? c.GetString() ?? "?" : "?", at));
        }

        var perWeek = removals
            .Select(r => (Week: WeekOf(r.OccurredAt), r.Country))
            .Where(r => r.Week is not null)
            .GroupBy(r => (r.Week!.Value, r.Country))
            .Select(g => new WeeklyRemovals(g.Key.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Key.Country, g.Count()))
            .OrderBy(w => w.Week, StringComparer.Ordinal).ThenBy(w => w.Country, StringComparer.Ordinal).ToArray();
        return (removals, perWeek);
    }

    /// <summary>The Monday (UTC) of the week an event's valid time falls in.</summary>
    private static DateOnly? WeekOf(string? occurredAt)
    {
        if (occurredAt is null || !Domain.Values.TimeValue.TryParse(occurredAt, null, out var t))
        {
            return null;
        }

        var day = DateOnly.FromDateTime(t.Start.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}

/// <summary>The dashboard's facts.</summary>
public sealed record Dashboard(IReadOnlyList<HeldCount> Held, IReadOnlyList<Removal> RecentRemovals, IReadOnlyList<WeeklyRemovals> RemovalsPerWeek);

/// <summary>Persons held in a country by a legal custodian.</summary>
public sealed record HeldCount(string Country, string Authority, int Persons);

/// <summary>A recorded removal.</summary>
public sealed record Removal(long Sequence, string Event, string Person, string Country, string? OccurredAt);

/// <summary>Removals in the week starting <c>Week</c> (a Monday) to a country.</summary>
public sealed record WeeklyRemovals(string Week, string Country, int Removals);
