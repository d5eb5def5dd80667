using System.Data.Common;
using Habeas.Domain.Rules;

namespace Habeas.Core.Audit;

/// <summary>
/// Every facility's population over time, from the custody periods held in memory as sorted arrival and departure
/// instants: a population at an instant is two binary searches (arrivals so far minus departures so far).
/// For an audit, which asks it once per recorded transfer.
/// </summary>
internal sealed class PeriodOccupancy : IOccupancy
{
    private readonly Dictionary<string, (long[] Arrivals, long[] Departures)> _byFacility;

    private PeriodOccupancy(Dictionary<string, (long[], long[])> byFacility) => _byFacility = byFacility;

    public static PeriodOccupancy Load(DbConnection connection, DbTransaction? transaction)
    {
        var arrivals = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var departures = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT facility_id, from_at, until_at FROM custody_periods WHERE facility_id IS NOT NULL";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var facility = reader.GetString(0);
            Add(arrivals, facility, reader.GetInt64(1));
            if (!reader.IsDBNull(2))
            {
                Add(departures, facility, reader.GetInt64(2));
            }
        }

        return new PeriodOccupancy(arrivals.ToDictionary(
            a => a.Key,
            a => (Sorted(a.Value), Sorted(departures.GetValueOrDefault(a.Key) ?? [])),
            StringComparer.Ordinal));
    }

    public int PopulationAt(string facility, DateTimeOffset at)
    {
        if (!_byFacility.TryGetValue(facility, out var f))
        {
            return 0;
        }

        var t = at.ToUnixTimeMilliseconds();
        return CountAtOrBefore(f.Arrivals, t) - CountAtOrBefore(f.Departures, t);
    }

    private static int CountAtOrBefore(long[] sorted, long t)
    {
        var i = Array.BinarySearch(sorted, t);
        if (i < 0)
        {
            return ~i;
        }

        while (i + 1 < sorted.Length && sorted[i + 1] == t)
        {
            i++;
        }

        return i + 1;
    }

    private static long[] Sorted(List<long> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }

    private static void Add(Dictionary<string, List<long>> index, string key, long value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
