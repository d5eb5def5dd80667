using System.Data.Common;
using Habeas.Core.Store;
using Habeas.Domain.Rules;

namespace Habeas.Core.Audit;

/// <summary>
/// A facility's population at an instant, asked of the custody periods through their (facility_id, from_at) index:
/// for a gate or a screening, which ask about a few facilities. Answers are kept for the life of the object.
/// </summary>
internal sealed class SqlOccupancy(DbConnection connection, DbTransaction? transaction) : IOccupancy, IDisposable
{
    private readonly Dictionary<(string, long), int> _known = [];
    private Statement? _count;

    public int PopulationAt(string facility, DateTimeOffset at)
    {
        var t = at.ToUnixTimeMilliseconds();
        if (_known.TryGetValue((facility, t), out var known))
        {
            return known;
        }

        _count ??= new Statement(connection, transaction,
            "SELECT count(*) FROM custody_periods WHERE facility_id = @f AND from_at <= @t AND (until_at IS NULL OR until_at > @t)",
            Sql.Text("@f"), Sql.Long("@t"));
        var population = Convert.ToInt32(_count.Scalar(facility, t), System.Globalization.CultureInfo.InvariantCulture);
        _known[(facility, t)] = population;
        return population;
    }

    public void Dispose() => _count?.Dispose();
}
