using Habeas.Domain.Values;

namespace Habeas.Core.Queries;

/// <summary>
/// The moment a query is asked about (valid time). A coarse value means the end of its period: "as of
/// 2025-04-01" is what was true at the last instant of that day, counting that day's events.
/// </summary>
public sealed record AsOf(TimeValue Value)
{
    /// <summary>The instant, Unix milliseconds UTC.</summary>
    public long Milliseconds => Value.Latest.ToUnixTimeMilliseconds();

    /// <exception cref="FormatException">Not an instant with offset, a date, a month or a year.</exception>
    public static AsOf Parse(string text) => new(TimeValue.Parse(text));
}
