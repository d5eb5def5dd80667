using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Capacity;

/// <summary>
/// Occupancy over time, the forecast of when capacity runs out, and the cost accrued under an agreement, from stays.
/// Linear at the recent net rate: the population at the moment plus (arrivals − departures) per day over the window
/// before it, times the days ahead. Documented in docs/remedies.md with a worked example.
/// </summary>
public static class CapacityForecast
{
    /// <summary>The horizons (days ahead) places needed are given for.</summary>
    public static readonly IReadOnlyList<int> Horizons = [30, 90, 180];

    /// <summary>The window the recent rate is measured over, by default.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(28);

    public static CapacityOutlook Outlook(IReadOnlyCollection<Stay> stays, int? capacity, DateTimeOffset at, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(stays);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var since = at - window;
        var population = stays.Count(s => s.HeldAt(at));
        var arrivals = stays.Count(s => s.From > since && s.From <= at);
        var departures = stays.Count(s => s.Until is { } u && u > since && u <= at);
        var net = (arrivals - departures) / window.TotalDays;
        DateTimeOffset? fullAt = capacity is not { } c ? null
            : population >= c ? at
            : net > 0 ? at + TimeSpan.FromDays((c - population) / net)
            : null;
        var needed = Horizons.ToDictionary(h => h, h => capacity is { } cap ? Math.Max(0, (int)Math.Ceiling(population + (net * h) - cap - 1e-9)) : 0);
        return new CapacityOutlook(population, capacity, arrivals, departures, (int)Math.Round(window.TotalDays), net, fullAt, needed);
    }

    /// <summary>The population at each of <paramref name="points"/> instants, <paramref name="step"/> apart, ending at <paramref name="at"/>.</summary>
    public static IReadOnlyList<(DateTimeOffset At, int Population)> Series(IReadOnlyCollection<Stay> stays, DateTimeOffset at, TimeSpan step, int points)
    {
        ArgumentNullException.ThrowIfNull(stays);
        return Enumerable.Range(0, points).Select(i => at - (step * (points - 1 - i))).Select(t => (t, stays.Count(s => s.HeldAt(t)))).ToArray();
    }

    /// <summary>
    /// What an agreement has cost by <paramref name="at"/>: paid <c>per person</c> and period, the covered persons'
    /// time held (within the agreement's dates) in periods — a period's length measured from the agreement's start —
    /// times the amount; paid <c>per period</c>, the amount for every period begun since the start; without a period,
    /// once per covered person (per person) or once (per period). Null without an amount.
    /// </summary>
    public static decimal? Cost(AgreementRecorded agreement, IReadOnlyCollection<Stay> covered, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(covered);
        if (agreement.Payment is not { Amount: { } amount } payment)
        {
            return null;
        }

        var start = agreement.EffectiveFrom?.Start ?? (covered.Count > 0 ? covered.Min(s => s.From) : at);
        var end = agreement.EffectiveUntil is { } until && until.Latest < at ? until.Latest : at;
        if (end <= start)
        {
            return 0m;
        }

        IsoDuration? period = payment.Period is { } p && IsoDuration.TryParse(p, out var d) ? d : null;
        if (payment.Per == "period")
        {
            if (period is null)
            {
                return amount;
            }

            var begun = 0;
            while (begun < 100_000 && period.AddTo(start, begun) <= end)
            {
                begun++;
            }

            return amount * begun;
        }

        var inside = covered.Where(s => s.From < end && (s.Until is not { } u || u > start)).ToArray();
        if (period is null)
        {
            return amount * inside.Length;
        }

        var periodDays = (period.AddTo(start) - start).TotalDays;
        var days = inside.Sum(s => ((s.Until is { } u && u < end ? u : end) - (s.From > start ? s.From : start)).TotalDays);
        return Math.Round(amount * (decimal)(days / periodDays), 2, MidpointRounding.AwayFromZero);
    }
}
