using Habeas.Domain.Events;

namespace Habeas.Domain.Rules;

/// <summary>
/// The facts the rules read, indexed in memory: each person's own events, instruments and orders by id (with what
/// ended, stayed or amended them), the instruments and orders that protect a class, and the facilities. Fed in log
/// order — the whole log for an audit, or a person's events plus the legal context for a gate or a screening.
/// </summary>
/// <remarks>Persons are indexed by the id they belong to now (<see cref="PersonIdentities"/>): facts recorded under an id
/// later merged into another are that other person's.</remarks>
public sealed class FactIndex(PersonIdentities? identities = null)
{
    private readonly PersonIdentities _identities = identities ?? PersonIdentities.None;
    private readonly Dictionary<string, List<RecordedFact>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InstrumentState> _instruments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrderState> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InstrumentState>> _instrumentsByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OrderState>> _ordersByPerson = new(StringComparer.Ordinal);
    private readonly List<InstrumentState> _classInstruments = [];
    private readonly List<OrderState> _classOrders = [];
    private readonly Dictionary<string, FacilityInfo> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordedFact> _decisions = new(StringComparer.Ordinal);

    /// <summary>Which ids are one person.</summary>
    public PersonIdentities Identities => _identities;

    /// <summary>Every person with at least one fact (by the id they belong to now).</summary>
    public IEnumerable<string> Persons => _byPerson.Keys;

    public IReadOnlyDictionary<string, FacilityInfo> Facilities => _facilities;

    public IEnumerable<OrderState> Orders => _orders.Values;

    /// <summary>How many facts were added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one fact; facts must come in log order (an ending after what it ends).</summary>
    public void Add(RecordedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Count++;
        switch (fact.Event)
        {
            case FacilityRegistered f:
                _facilities[f.Facility.Value] = new FacilityInfo(f.Facility.Value, f.Name, f.Country, f.Authority, f.Capacity, f.Kind);
                return;
            case FacilityUpdated u when _facilities.TryGetValue(u.Facility.Value, out var old):
                _facilities[old.Id] = old with
                {
                    Name = u.Name ?? old.Name, Country = u.Country ?? old.Country, Authority = u.Authority ?? old.Authority,
                    Capacity = u.Capacity ?? old.Capacity, Kind = u.Kind ?? old.Kind,
                };
                return;
            case InstrumentRecorded i:
                var instrument = new InstrumentState(fact);
                _instruments[i.Instrument.Value] = instrument;
                foreach (var person in Named(i.Person, i.Scope).Select(_identities.Canonical).Distinct(StringComparer.Ordinal))
                {
                    Append(_instrumentsByPerson, person, instrument);
                }

                if (i.Scope?.Class is not null)
                {
                    _classInstruments.Add(instrument);
                }

                break;
            case InstrumentEnded e when _instruments.TryGetValue(e.Instrument.Value, out var ended):
                ended.Ended = fact;
                break;
            case OrderIssued o:
                var order = new OrderState(fact);
                _orders[o.Order.Value] = order;
                foreach (var person in Named(null, o.Scope).Concat(o.Persons.Select(p => p.Value)).Select(_identities.Canonical).Distinct(StringComparer.Ordinal))
                {
                    Append(_ordersByPerson, person, order);
                }

                if (o.Scope?.Class is not null)
                {
                    _classOrders.Add(order);
                }

                return;
            case OrderStayed or OrderUnstayed or OrderVacated or OrderAmended or OrderComplied:
                if (_orders.TryGetValue(OrderNamed(fact.Event).Value, out var changed))
                {
                    changed.Add(fact);
                }

                return;
            case TransferDecided d:
                _decisions[d.Request.Value] = fact;
                return;
            case TransferRequested t:
                foreach (var person in t.Persons.Select(p => _identities.Canonical(p.Value)).Distinct(StringComparer.Ordinal))
                {
                    Append(_byPerson, person, fact);
                }

                return;
        }

        if (fact.Subject is { } subject)
        {
            Append(_byPerson, _identities.Canonical(subject), fact);
        }
    }

    /// <summary>
    /// The person's history: their facts and every instrument and order that names them or protects a class. An id
    /// merged into another person gives that person's history.
    /// </summary>
    public CaseHistory HistoryOf(string person, IOccupancy? occupancy = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        person = _identities.Canonical(person);
        return new(
            person,
            _byPerson.GetValueOrDefault(person) ?? [],
            // A class-wide instrument or order that also names the person is listed once (the states compare by reference).
            (_instrumentsByPerson.GetValueOrDefault(person) ?? []).Union(_classInstruments).ToArray(),
            (_ordersByPerson.GetValueOrDefault(person) ?? []).Union(_classOrders).ToArray(),
            _facilities,
            occupancy,
            _decisions,
            _identities);
    }

    /// <summary>The order a later order event is about.</summary>
    private static Values.OrderId OrderNamed(RegistryEvent e) => e switch
    {
        OrderStayed s => s.Order,
        OrderUnstayed u => u.Order,
        OrderVacated v => v.Order,
        OrderAmended a => a.Order,
        OrderComplied c => c.Order,
        _ => throw new ArgumentException($"{e.Type} is not about an order.", nameof(e)),
    };

    private static IEnumerable<string> Named(Values.PersonId? person, Scope? scope)
    {
        var names = new List<string>();
        if (person is { } p)
        {
            names.Add(p.Value);
        }

        if (scope is not null)
        {
            names.AddRange(scope.Persons.Select(x => x.Value));
            names.AddRange(scope.Class?.Members.Select(x => x.Value) ?? []);
        }

        return names.Distinct(StringComparer.Ordinal);
    }

    private static void Append<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
