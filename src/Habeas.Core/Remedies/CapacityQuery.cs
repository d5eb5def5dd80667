using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Habeas.Core.Queries;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Habeas.Domain.Capacity;
using Habeas.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Remedies;

/// <summary>
/// <c>habeas capacity</c>: each facility's and each agreement's population against its capacity at a moment, the weekly
/// population before it, the recent net intake, when capacity runs out at that rate and how many places are missing
/// ahead, and what an agreement has cost (issue #6). Read from the custody periods and the log's
/// <c>agreement.recorded</c> events in one snapshot; nothing is stored.
/// </summary>
public sealed class CapacityQuery(TimeProvider time)
{
    /// <summary>Weekly points in each series.</summary>
    public const int SeriesWeeks = 26;

    /// <returns>The report, or null when <paramref name="facility"/> names no facility.</returns>
    public async Task<CapacityReport?> RunAsync(RegistryLocation location, string? facility, AsOf? asOf, CancellationToken cancellationToken)
    {
        var at = asOf?.Value.Latest ?? time.GetUtcNow();
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var snapshot = await RegistryDatabase.BeginSnapshotAsync(connection, cancellationToken);
        var facilities = await db.Facilities.AsNoTracking().OrderBy(f => f.FacilityId).ToListAsync(cancellationToken);
        if (facility is not null && facilities.All(f => f.FacilityId != facility))
        {
            return null;
        }

        var stays = Stays(connection, snapshot);
        var window = CapacityForecast.DefaultWindow;
        var byFacility = stays.GroupBy(s => s.Facility, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var authorityOf = facilities.ToDictionary(f => f.FacilityId, f => f.Authority, StringComparer.Ordinal);
        var facilityViews = facilities.Where(f => facility is null || f.FacilityId == facility).Select(f =>
        {
            var held = byFacility.GetValueOrDefault(f.FacilityId)?.Select(s => s.Stay).ToArray() ?? [];
            var outlook = CapacityForecast.Outlook(held, f.Capacity, at, window);
            return new FacilityCapacity(f.FacilityId, f.Name, f.Country, f.Authority, f.Capacity, outlook.Population, outlook.Occupancy, outlook.Arrivals,
                outlook.Departures, Math.Round(outlook.NetPerDay, 4), Instant(outlook.FullAt), Needed(outlook), Series(held, at));
        }).ToArray();

        var agreements = Agreements(connection, snapshot)
            .Where(a => facility is null || a.Facilities.Any(f => f.Value == facility))
            .Select(a =>
            {
                var covered = Covered(a, byFacility, authorityOf);
                var outlook = CapacityForecast.Outlook(covered, a.Capacity, at, window);
                return new AgreementCapacity(a.Agreement.Value, a.Parties.Select(p => p.Value).ToArray(), a.Facilities.Select(f => f.Value).ToArray(),
                    a.EffectiveFrom?.Text, a.EffectiveUntil?.Text, a.Capacity, outlook.Population, outlook.Occupancy, Math.Round(outlook.NetPerDay, 4),
                    Instant(outlook.FullAt), Needed(outlook), CapacityForecast.Cost(a, covered, at), a.Payment?.Currency, Series(covered, at));
            }).ToArray();
        return new CapacityReport(Instant(at)!, (int)window.TotalDays, facilityViews, agreements);
    }

    /// <summary>
    /// The persons an agreement holds: their stays in its facilities under a legal custodian it covers
    /// (<c>covers.authorities</c>), or, when it names none, under any custodian other than the facility's own authority
    /// (held there on another's behalf), cut to the agreement's dates.
    /// </summary>
    private static Stay[] Covered(AgreementRecorded agreement, Dictionary<string, (string Facility, string? Authority, Stay Stay)[]> byFacility,
        Dictionary<string, string> authorityOf)
    {
        var named = agreement.CoveredAuthorities;
        var from = agreement.EffectiveFrom?.Start;
        var until = agreement.EffectiveUntil?.Latest;
        return agreement.Facilities
            .SelectMany(f => byFacility.GetValueOrDefault(f.Value) ?? [])
            .Where(s => named.Count > 0 ? s.Authority is not null && named.Contains(s.Authority) : s.Authority != authorityOf.GetValueOrDefault(s.Facility))
            .Select(s => s.Stay)
            .Where(s => (until is null || s.From < until) && (from is null || s.Until is not { } u || u > from))
            .Select(s => new Stay(from is { } f && s.From < f ? f : s.From, until is { } end && (s.Until is not { } u || u > end) ? end : s.Until))
            .ToArray();
    }

    /// <summary>
    /// Every stay in a facility: a person's custody periods there, joined when one follows another at the same place
    /// (a change of legal custodian or basis is not a new arrival), with the legal custodian of the last.
    /// </summary>
    private static List<(string Facility, string? Authority, Stay Stay)> Stays(DbConnection connection, DbTransaction? transaction)
    {
        var stays = new List<(string Facility, string? Authority, Stay Stay)>();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT person_id, facility_id, authority, from_at, until_at FROM custody_periods WHERE facility_id IS NOT NULL AND status = '" +
                          CustodyStatus.Held + "' ORDER BY person_id, from_at, from_sequence";
        using var reader = cmd.ExecuteReader();
        string? lastPerson = null;
        while (reader.Read())
        {
            var person = reader.GetString(0);
            var facility = reader.GetString(1);
            var authority = reader.IsDBNull(2) ? null : reader.GetString(2);
            var from = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3));
            DateTimeOffset? until = reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4));
            if (person == lastPerson && stays[^1].Facility == facility && stays[^1].Stay.Until == from)
            {
                stays[^1] = (facility, authority, stays[^1].Stay with { Until = until });
            }
            else
            {
                stays.Add((facility, authority, new Stay(from, until)));
            }

            lastPerson = person;
        }

        return stays;
    }

    private static List<AgreementRecorded> Agreements(DbConnection connection, DbTransaction? transaction)
    {
        var agreements = new List<AgreementRecorded>();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = $"SELECT payload FROM events WHERE type = '{AgreementRecorded.TypeName}' ORDER BY sequence";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var payload = reader.GetString(0);
            if (Erasure.IsErased(payload))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(payload);
            if (EventReader.Read(doc.RootElement, []) is AgreementRecorded agreement)
            {
                agreements.Add(agreement);
            }
        }

        // An agreement recorded again (a renewal under the same id) replaces the earlier terms.
        return agreements.GroupBy(a => a.Agreement.Value, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(a => a.Agreement.Value, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, int> Needed(CapacityOutlook outlook) =>
        outlook.PlacesNeeded.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture) + "d", p => p.Value);

    private static PopulationPoint[] Series(IReadOnlyCollection<Stay> stays, DateTimeOffset at) =>
        CapacityForecast.Series(stays, at, TimeSpan.FromDays(7), SeriesWeeks).Select(p => new PopulationPoint(Instant(p.At)!, p.Population)).ToArray();

    private static string? Instant(DateTimeOffset? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The answer of <c>habeas capacity</c> (JSON: snake_case).</summary>
public sealed record CapacityReport(string AsOf, int WindowDays, IReadOnlyList<FacilityCapacity> Facilities, IReadOnlyList<AgreementCapacity> Agreements);

/// <summary>A facility against its capacity: now, the recent rate, the forecast, and the weekly population before.</summary>
public sealed record FacilityCapacity(
    string Facility, string Name, string Country, string Authority, int? Capacity, int Population, double? Occupancy, int Arrivals,
    int Departures, double NetPerDay, string? FullAt, IReadOnlyDictionary<string, int> PlacesNeeded, IReadOnlyList<PopulationPoint> Series);

/// <summary>An agreement against its allotment, with what it has cost.</summary>
public sealed record AgreementCapacity(
    string Agreement, IReadOnlyList<string> Parties, IReadOnlyList<string> Facilities, string? EffectiveFrom, string? EffectiveUntil, int? Capacity,
    int Population, double? Occupancy, double NetPerDay, string? FullAt, IReadOnlyDictionary<string, int> PlacesNeeded, decimal? Cost, string? Currency,
    IReadOnlyList<PopulationPoint> Series);

/// <summary>The population at one instant.</summary>
public sealed record PopulationPoint(string At, int Population);
