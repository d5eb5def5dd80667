using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Queries;

/// <summary>Population and capacity of a facility, now or as of a past moment of valid time.</summary>
public sealed class FacilityQuery(RegistryDbContext db)
{
    public async Task<FacilityReport?> GetAsync(string facilityId, AsOf? asOf, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.FacilityId == facilityId, cancellationToken);
        if (facility is null)
        {
            return null;
        }

        var periods = db.CustodyPeriods.AsNoTracking().Where(p => p.FacilityId == facilityId);
        periods = asOf?.Milliseconds is { } at
            ? periods.Where(p => p.FromAt <= at && (p.UntilAt == null || p.UntilAt > at))
            : periods.Where(p => p.UntilAt == null);
        var byAuthority = await periods
            .GroupBy(p => p.Authority ?? "unknown")
            .Select(g => new { Authority = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var population = byAuthority.Sum(x => x.Count);
        return new FacilityReport(
            facility.FacilityId, facility.Name, facility.Country, facility.Authority, facility.Kind, facility.Capacity, asOf?.Value.Text,
            population, facility.Capacity is > 0 and var c ? Math.Round((double)population / c, 4) : null,
            new SortedDictionary<string, int>(byAuthority.ToDictionary(x => x.Authority, x => x.Count), StringComparer.Ordinal));
    }
}
