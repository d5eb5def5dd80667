using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// One person's case as the rules read it: their own facts in log order, the instruments and orders that name
/// them or protect a class (coverage of a class is judged per act, <see cref="Covers(InstrumentState, Move)"/>),
/// and the facilities. Everything is asked "as of" a moment of valid time.
/// </summary>
public sealed class CaseHistory
{
    private readonly IReadOnlyDictionary<string, FacilityInfo> _facilities;
    private readonly IOccupancy? _occupancy;
    private readonly IReadOnlyDictionary<string, RecordedFact> _decisions;
    private readonly PersonIdentities _identities;

    // Asked many times per act by several rules: computed once (a history is read by one thread).
    private (RecordedFact Fact, PersonRecorded Record)[]? _records;
    private HashSet<CountryCode>? _nationalities;
    private HashSet<string>? _languages;
    private RecordedFact[]? _byValidTime;

    public CaseHistory(
        string person, IReadOnlyList<RecordedFact> facts, IReadOnlyList<InstrumentState> instruments, IReadOnlyList<OrderState> orders,
        IReadOnlyDictionary<string, FacilityInfo> facilities, IOccupancy? occupancy, IReadOnlyDictionary<string, RecordedFact>? decisions = null,
        PersonIdentities? identities = null)
    {
        _decisions = decisions ?? new Dictionary<string, RecordedFact>();
        _identities = identities ?? PersonIdentities.None;
        Person = person;
        Facts = facts;
        Instruments = instruments;
        Orders = orders;
        _facilities = facilities;
        _occupancy = occupancy;
    }

    /// <summary>The person's id (the survivor's, when several ids were merged into one person).</summary>
    public string Person { get; }

    /// <summary>Whether <paramref name="id"/> names this person: their id, or one merged into it.</summary>
    public bool Is(string? id) => id is not null && string.Equals(_identities.Canonical(id), Person, StringComparison.Ordinal);

    /// <summary>The person's own facts, in log order.</summary>
    public IReadOnlyList<RecordedFact> Facts { get; }

    public IReadOnlyList<InstrumentState> Instruments { get; }

    public IReadOnlyList<OrderState> Orders { get; }

    /// <summary>The sources' records of the person.</summary>
    public IReadOnlyList<(RecordedFact Fact, PersonRecorded Record)> Records =>
        _records ??= Facts.Where(f => f.Event is PersonRecorded).Select(f => (f, (PersonRecorded)f.Event)).ToArray();

    /// <summary>The registry's decision on a transfer request (its <c>transfer.decided</c>), if recorded.</summary>
    public RecordedFact? Decision(string request) => _decisions.GetValueOrDefault(request);

    public FacilityInfo? Facility(string? id) => id is not null && _facilities.TryGetValue(id, out var f) ? f : null;

    /// <summary>The population of a facility at an instant, when the registry can tell.</summary>
    public int? PopulationAt(string facility, DateTimeOffset at) => _occupancy?.PopulationAt(facility, at);

    /// <summary>Instruments of <paramref name="kind"/> in force at the act's time and covering the person for that act, with how sure that is.</summary>
    public IEnumerable<(InstrumentState Instrument, Certainty InForce)> InForce(InstrumentKind kind, Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        foreach (var instrument in Instruments.Where(i => i.Kind == kind))
        {
            var inForce = instrument.InForceAt(move.At);
            if (inForce != Certainty.No && Covers(instrument, move))
            {
                yield return (instrument, inForce);
            }
        }
    }

    /// <summary>Instruments of <paramref name="kind"/> naming the person (no act needed), in force at <paramref name="at"/>.</summary>
    public IEnumerable<(InstrumentState Instrument, Certainty InForce)> InForce(InstrumentKind kind, TimeValue at) =>
        Instruments.Where(i => i.Kind == kind && Is(i.Instrument.Person?.Value))
            .Select(i => (i, i.InForceAt(at)))
            .Where(x => x.Item2 != Certainty.No);

    /// <summary>Orders naming or covering the person for this act, in force at its time.</summary>
    public IEnumerable<(OrderState Order, Certainty InForce)> OrdersInForce(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        foreach (var order in Orders)
        {
            var inForce = order.InForceAt(move.At);
            if (inForce != Certainty.No && Covers(order, move))
            {
                yield return (order, inForce);
            }
        }
    }

    /// <summary>Whether the instrument concerns the person for this act: named, listed, or every class criterion holds.</summary>
    public bool Covers(InstrumentState instrument, Move move)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var i = instrument.Instrument;
        return Is(i.Person?.Value) || Covers(i.Scope, move);
    }

    public bool Covers(OrderState order, Move move)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Order.Persons.Any(p => Is(p.Value)) || Covers(order.Order.Scope, move);
    }

    /// <summary>Nationalities every source recorded (a claim by any source counts).</summary>
    public IReadOnlySet<CountryCode> Nationalities => _nationalities ??= Records.SelectMany(r => r.Record.Nationalities).ToHashSet();

    /// <summary>Languages the person understands, as any source recorded them (BCP 47, compared by primary language).</summary>
    public IReadOnlySet<string> Languages =>
        _languages ??= Records.SelectMany(r => r.Record.Languages).Select(PrimaryLanguage).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The youngest age the recorded dates of birth allow at <paramref name="at"/> (protections of minors get the doubt), or null.</summary>
    public int? YoungestAgeAt(TimeValue at) => YoungestAge(Records.Select(r => r.Record.Dob).OfType<TimeValue>(), at);

    /// <summary>
    /// The youngest age dates of birth allow at <paramref name="at"/>: each taken at the latest day it may mean (a year
    /// of birth alone, its last day), the latest of them; null without any.
    /// </summary>
    public static int? YoungestAge(IEnumerable<TimeValue> birthDates, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(birthDates);
        ArgumentNullException.ThrowIfNull(at);
        var births = birthDates.Select(d => d.Latest).ToArray();
        if (births.Length == 0)
        {
            return null;
        }

        var born = births.Max();
        var on = at.Start;
        var age = on.Year - born.Year;
        if (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day))
        {
            age--;
        }

        return Math.Max(age, 0);
    }

    /// <summary>
    /// The custody fact placing the person in a facility at <paramref name="at"/> (the last one at or before it), if any.
    /// Pass the act being judged as <paramref name="except"/> to ask where the person was held when it began.
    /// </summary>
    public (RecordedFact Fact, string? Facility, CustodyBasis? Basis)? HeldAt(TimeValue at, RecordedFact? except = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        (RecordedFact, string?, CustodyBasis?)? held = null;
        CustodyBasis? basis = null;
        foreach (var fact in ByValidTime.Where(f => !ReferenceEquals(f, except)))
        {
            if (fact.Event.OccurredAt!.Start > at.Start)
            {
                break;
            }

            held = fact.Event switch
            {
                CustodyBegan b => (fact, b.Facility.Value, basis = b.Basis ?? basis),
                CustodyTransferred t => (fact, t.To.Value, basis = t.Basis ?? basis),
                PersonReturned r => (fact, r.To.Value, basis = r.Basis ?? basis),
                CustodyHandedOver h => (fact, h.Facility?.Value, basis),
                PersonRemoved r => (fact, null, basis),
                CustodyReleased or PersonDied => Released(ref basis),
                CustodyUnaccounted => null,
                _ => held,
            };
        }

        return held;
    }

    private static (RecordedFact, string?, CustodyBasis?)? Released(ref CustodyBasis? basis)
    {
        basis = null;
        return null;
    }

    /// <summary>The acts recorded for the person that the rules judge (book-ins, transfers, removals), up to <paramref name="until"/>.</summary>
    public IEnumerable<Move> ObservedMoves(TimeValue? until)
    {
        foreach (var fact in Facts)
        {
            if (fact.Event.OccurredAt is not { } at || (until is not null && at.Start > until.Latest))
            {
                continue;
            }

            var move = fact.Event switch
            {
                CustodyBegan b when Is(b.Person.Value) => new Move
                {
                    Kind = MoveKind.Custody, Person = Person, At = at, To = b.Facility.Value,
                    Destination = Facility(b.Facility.Value)?.Country ?? CountryCode.UnitedStates, Authority = b.Authority,
                    CustodyBasis = b.Basis, Observed = fact,
                },
                CustodyTransferred t when Is(t.Person.Value) => new Move
                {
                    Kind = MoveKind.Transfer, Person = Person, At = at, From = t.From.Value, To = t.To.Value,
                    Destination = Facility(t.To.Value)?.Country ?? CountryCode.UnitedStates, Authority = t.Authority,
                    CustodyBasis = t.Basis, Observed = fact,
                },
                PersonRemoved r when Is(r.Person.Value) => new Move
                {
                    Kind = MoveKind.Removal, Person = Person, At = at, From = r.From?.Value, To = r.To?.Value,
                    Destination = r.Country, Authority = r.Authority, RemovalBasis = r.Basis, Observed = fact,
                },
                _ => null,
            };
            if (move is not null)
            {
                yield return move;
            }
        }
    }

    /// <summary>The person's facts that have a valid time, in valid-time order (log order among equals).</summary>
    public IReadOnlyList<RecordedFact> ByValidTime =>
        _byValidTime ??= Facts.Where(f => f.Event.OccurredAt is not null).OrderBy(f => f.Event.OccurredAt!.Start).ThenBy(f => f.Sequence).ToArray();

    /// <summary>The primary language subtag of a BCP 47 tag ("es-SV" → "es").</summary>
    public static string PrimaryLanguage(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }

    private bool Covers(Scope? scope, Move move)
    {
        if (scope is null)
        {
            return false;
        }

        if (scope.Persons.Any(p => Is(p.Value)) || scope.Class?.Members.Any(p => Is(p.Value)) == true)
        {
            return true;
        }

        if (scope.Class is not { } c)
        {
            return false;
        }

        // Where the person was held when the act began, not after it (a removal's own record places them nowhere).
        string? Held() => move.From ?? HeldAt(move.At, move.Observed)?.Facility;
        var criteria = new List<bool>();
        if (c.Nationalities.Count > 0)
        {
            criteria.Add(c.Nationalities.Any(Nationalities.Contains));
        }

        if (c.Designation is { } designation)
        {
            criteria.Add(Instruments.Any(i => i.Kind == designation && Is(i.Instrument.Person?.Value) && i.InForceAt(move.At) != Certainty.No));
        }

        if (c.HeldIn.Count > 0)
        {
            var held = Held();
            criteria.Add(held is not null && c.HeldIn.Any(f => f.Value == held));
        }

        if (c.HeldInCountry is { } country)
        {
            criteria.Add(Facility(Held())?.Country == country);
        }

        if (c.RemovalBasis is { } basis)
        {
            criteria.Add(move.RemovalBasis == basis);
        }

        if (c.DestinationNotInOrder is { } notInOrder)
        {
            var ordered = InForce(InstrumentKind.FinalRemovalOrder, move.At).SelectMany(o => o.Instrument.Instrument.Countries);
            criteria.Add(move.Abroad && notInOrder != ordered.Contains(move.Destination));
        }

        return criteria.Count > 0 && criteria.All(x => x);
    }
}
