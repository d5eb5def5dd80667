using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>A court order as issued, with the later events about it (stays, vacatur, amendments, compliance) in log order.</summary>
public sealed class OrderState(RecordedFact issued)
{
    private readonly List<RecordedFact> _changes = [];

    public RecordedFact Issued { get; } = issued;

    public OrderIssued Order => (OrderIssued)Issued.Event;

    public IReadOnlyList<RecordedFact> Changes => _changes;

    /// <summary>When the order binds: when issued (not when communicated: doubt goes to the protection).</summary>
    public TimeValue? Start => Order.IssuedAt ?? Order.OccurredAt;

    internal void Add(RecordedFact change) => _changes.Add(change);

    /// <summary>
    /// Whether the order was in force at <paramref name="at"/>: issued, and neither vacated nor stayed then. A stay
    /// ends at its <c>until</c> or when unstayed.
    /// </summary>
    public Certainty InForceAt(TimeValue at)
    {
        var state = Chronology.InForce(Start, null, at);
        var vacated = false;
        foreach (var change in Changes.Where(c => c.Event.OccurredAt is not null).OrderBy(c => c.Event.OccurredAt!.Start).ThenBy(c => c.Sequence))
        {
            var when = Chronology.AtOrBefore(change.Event.OccurredAt!, at);
            if (when == Certainty.No)
            {
                continue;
            }

            var next = change.Event switch
            {
                OrderVacated => Certainty.No,
                // A stay ends at its `until`; when that may or may not have passed, the order is possibly back in force.
                OrderStayed s => s.Until is { } until ? Chronology.AtOrBefore(until, at) switch
                {
                    Certainty.Certainly => state,
                    Certainty.Possibly => state == Certainty.No ? Certainty.No : Certainty.Possibly,
                    _ => Certainty.No,
                } : Certainty.No,
                // A vacated order stays vacated: lifting a stay of it does not revive it.
                OrderUnstayed => vacated ? Certainty.No : Chronology.InForce(Start, null, at),
                _ => state,
            };

            vacated |= change.Event is OrderVacated && when == Certainty.Certainly;

            // A change that may have come before or after: in force possibly, unless it makes no difference.
            state = when == Certainty.Certainly || next == state ? next : Certainty.Possibly;
        }

        return state;
    }

    /// <summary>
    /// The periods, up to <paramref name="at"/>, in which a stay suspended the order: from the stay to its <c>until</c>,
    /// the <c>order.unstayed</c> or the vacatur, whichever came first; <c>Until</c> is null while it is still stayed at
    /// <paramref name="at"/>.
    /// </summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset? Until)> Stays(TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var stays = new List<(DateTimeOffset From, DateTimeOffset? Until)>();
        DateTimeOffset? from = null;
        DateTimeOffset? planned = null;
        void Close(DateTimeOffset end)
        {
            stays.Add((from!.Value, end));
            from = null;
            planned = null;
        }

        foreach (var change in Changes.Where(c => c.Event.OccurredAt is { } t && t.Start <= at.Latest)
                     .OrderBy(c => c.Event.OccurredAt!.Start).ThenBy(c => c.Sequence))
        {
            var when = change.Event.OccurredAt!.Start;
            if (from is not null && planned is { } end && end <= when)
            {
                Close(end);
            }

            switch (change.Event)
            {
                case OrderStayed stayed when from is null:
                    from = when;
                    planned = stayed.Until?.Latest;
                    break;
                case OrderUnstayed or OrderVacated when from is not null:
                    Close(when);
                    break;
            }
        }

        if (from is not null)
        {
            if (planned is { } end && end <= at.Latest)
            {
                Close(end);
            }
            else
            {
                stays.Add((from.Value, null));
            }
        }

        return stays;
    }

    /// <summary>When the order was vacated (as of <paramref name="at"/>), or null.</summary>
    public DateTimeOffset? VacatedAt(TimeValue at) =>
        Changes.Where(c => c.Event is OrderVacated && c.Event.OccurredAt is { } t && t.Start <= at.Latest)
            .Select(c => (DateTimeOffset?)c.Event.OccurredAt!.Start).Min();

    /// <summary>When an amendment effective by <paramref name="at"/> first dropped <paramref name="requirement"/> from the order, or null.</summary>
    public DateTimeOffset? ReplacedAt(Requirement requirement, TimeValue at) =>
        Changes.Where(c => c.Event is OrderAmended a && a.OccurredAt is { } t && t.Start <= at.Latest && !a.Requires.Contains(requirement))
            .Select(c => (DateTimeOffset?)c.Event.OccurredAt!.Start).Min();

    /// <summary>What the order requires as of <paramref name="at"/> (an amendment replaces the list).</summary>
    public IReadOnlyList<Requirement> RequiresAt(TimeValue at)
    {
        var requires = Order.Requires;
        foreach (var change in Changes)
        {
            if (change.Event is OrderAmended a && (a.OccurredAt is null || Chronology.AtOrBefore(a.OccurredAt, at) == Certainty.Certainly))
            {
                requires = a.Requires;
            }
        }

        return requires;
    }

    /// <summary>Whether the order names the person of <paramref name="history"/> (by any of their ids): in <c>persons</c>, or listed in the scope or among a class's members.</summary>
    public bool Names(CaseHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var o = Order;
        return o.Persons.Concat(o.Scope?.Persons ?? []).Concat(o.Scope?.Class?.Members ?? []).Any(p => history.Is(p.Value));
    }

    /// <summary>Whether the order bars moving the person (it requires halting or not making transfers).</summary>
    public bool BarsTransfer(TimeValue at) => RequiresAt(at).Any(r => r.Action is OrderAction.HaltTransfer or OrderAction.NoTransfer);
}
