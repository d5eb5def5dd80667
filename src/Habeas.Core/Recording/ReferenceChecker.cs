using Habeas.Core.Store.Rows;
using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Core.Recording;

/// <summary>
/// Checks that every id an event names exists — in the registry, or earlier in the same batch — and that ids
/// an event introduces are new. It remembers what the batch declared even when nothing is being written
/// (after a first error the rest of a file is still checked, so that every error is reported at once).
/// </summary>
internal sealed class ReferenceChecker(RegistryState state)
{
    private readonly Dictionary<string, FacilityRegistered> _facilities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _persons = new(StringComparer.Ordinal);
    private readonly HashSet<string> _instruments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _orders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _requests = new(StringComparer.Ordinal);
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadFacilities = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks <paramref name="e"/>, to be appended at <paramref name="sequence"/>. Returns false when the event
    /// changes nothing and is not to be appended (a facility registered again with identical fields).
    /// </summary>
    public bool Check(RegistryEvent e, long sequence, List<FieldError> errors)
    {
        if (e.Id is { } id)
        {
            if (id.StartsWith(Queries.EventIds.AssignedPrefix, StringComparison.Ordinal))
            {
                errors.Add(new FieldError("id", "an event id not starting with HE- (the registry's own ids)", Quote(id)));
            }
            else if (_eventIds.Contains(id) || state.EventIdExists(id))
            {
                errors.Add(new FieldError("id", "an event id not used before", Quote(id)));
            }
        }

        switch (e)
        {
            case FacilityRegistered f:
                return CheckRegistration(f, errors);
            case FacilityUpdated u:
                Facility(u.Facility, "facility", errors);
                break;
            case PersonRecorded { Person: { } person }:
                if (person.Value.StartsWith("HP-", StringComparison.Ordinal) && !PersonKnown(person.Value))
                {
                    errors.Add(new FieldError("person", "a person id not starting with HP- (ids the registry assigns), or an existing one", Quote(person.Value)));
                }

                break;
            case RelationRecorded r:
                Person(r.Person, "person", errors);
                Person(r.Other, "other", errors);
                break;
            case InstrumentRecorded i:
                if (i.Person is { } p)
                {
                    Person(p, "person", errors);
                }

                New(_instruments, i.Instrument.Value, state.TryGetInstrument(i.Instrument.Value, out _), "instrument", errors);
                break;
            case InstrumentEnded ie:
                if (!_instruments.Contains(ie.Instrument.Value) && !state.TryGetInstrument(ie.Instrument.Value, out _))
                {
                    errors.Add(Unknown("instrument", "instrument", ie.Instrument.Value));
                }

                break;
            case CustodyBegan b:
                Person(b.Person, "person", errors);
                Facility(b.Facility, "facility", errors);
                break;
            case CustodyTransferred t:
                Person(t.Person, "person", errors);
                Facility(t.From, "from", errors);
                Facility(t.To, "to", errors);
                Request(t.Request, errors);
                break;
            case PersonRemoved r:
                Person(r.Person, "person", errors);
                Facility(r.From, "from", errors);
                Facility(r.To, "to", errors);
                Request(r.Request, errors);
                break;
            case CustodyHandedOver h:
                Person(h.Person, "person", errors);
                Facility(h.Facility, "facility", errors);
                break;
            case RemovalHalted h:
                Person(h.Person, "person", errors);
                Order(h.Order, "order", errors);
                break;
            case PersonReturned r:
                Person(r.Person, "person", errors);
                Facility(r.To, "to", errors);
                FacilityOrCountry(r.From, "from", errors);
                break;
            case CustodyReleased r:
                Person(r.Person, "person", errors);
                Facility(r.Facility, "facility", errors);
                break;
            case CustodyUnaccounted u:
                Person(u.Person, "person", errors);
                FacilityOrCountry(u.LastKnown, "last_known", errors);
                break;
            case PersonDied d:
                Person(d.Person, "person", errors);
                Facility(d.Facility, "facility", errors);
                break;
            case TransferRequested t:
                Persons(t.Persons, "persons", errors);
                Facility(t.From, "from", errors);
                Facility(t.To, "to", errors);
                New(_requests, t.Request.Value, state.RequestPersons(t.Request.Value) is not null, "request", errors);
                break;
            case TransferDecided d:
                Request(d.Request, errors);
                break;
            case OrderIssued o:
                Persons(o.Persons, "persons", errors);
                New(_orders, o.Order.Value, state.OrderPersons(o.Order.Value) is not null, "order", errors);
                break;
            case OrderStayed s:
                Order(s.Order, "order", errors);
                break;
            case OrderUnstayed s:
                Order(s.Order, "order", errors);
                break;
            case OrderVacated s:
                Order(s.Order, "order", errors);
                break;
            case OrderAmended a:
                Order(a.Order, "order", errors);
                break;
            case OrderComplied c:
                Order(c.Order, "order", errors);
                break;
            case AgreementRecorded a:
                for (var k = 0; k < a.Facilities.Count; k++)
                {
                    Facility(a.Facilities[k], $"facilities[{k}]", errors);
                }

                break;
            case IdentityMerged m:
                Persons(m.Persons, "persons", errors);
                break;
            case IdentitySplit split:
                for (var k = 0; k < split.Records.Count; k++)
                {
                    EventReference(split.Records[k], $"records[{k}]", sequence, errors);
                }

                if (split.Person is { } from)
                {
                    Person(from, "person", errors);
                }

                break;
            case RecordCorrected c:
                EventReference(c.Corrects, "corrects", sequence, errors);
                break;
            case EventErased x:
                EventReference(x.Erases, "erases", sequence, errors);
                break;
            case PersonSealed s:
                Person(s.Person, "person", errors);
                break;
            case PersonUnsealed s:
                Person(s.Person, "person", errors);
                break;
        }

        return true;
    }

    /// <summary>Remembers the ids <paramref name="e"/> introduces (called whether or not it is written).</summary>
    public void Declare(RegistryEvent e, long sequence)
    {
        if (e.Id is { } id)
        {
            _eventIds.Add(id);
        }

        switch (e)
        {
            case FacilityRegistered f:
                _facilities.TryAdd(f.Facility.Value, f);
                break;
            case PersonRecorded p:
                _persons.Add(p.Person?.Value ?? Projector.AssignedPersonId(sequence));
                break;
            case InstrumentRecorded i:
                _instruments.Add(i.Instrument.Value);
                break;
            case OrderIssued o:
                _orders.Add(o.Order.Value);
                break;
            case TransferRequested t:
                _requests.Add(t.Request.Value);
                break;
        }
    }

    /// <summary>
    /// A line that did not read still introduces the ids it names, so that the lines after it are not reported
    /// as naming unknown ids: one error for one mistake, not a cascade.
    /// </summary>
    public void DeclareUnread(System.Text.Json.JsonElement line, long sequence)
    {
        if (line.ValueKind != System.Text.Json.JsonValueKind.Object || !line.TryGetProperty("type", out var type))
        {
            return;
        }

        string? Id(string name) =>
            line.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        switch (type.ValueKind == System.Text.Json.JsonValueKind.String ? type.GetString() : null)
        {
            case FacilityRegistered.TypeName when Id("facility") is { } f:
                _unreadFacilities.Add(f);
                break;
            case PersonRecorded.TypeName:
                _persons.Add(Id("person") ?? Projector.AssignedPersonId(sequence));
                break;
            case InstrumentRecorded.TypeName when Id("instrument") is { } i:
                _instruments.Add(i);
                break;
            case OrderIssued.TypeName when Id("order") is { } o:
                _orders.Add(o);
                break;
            case TransferRequested.TypeName when Id("request") is { } r:
                _requests.Add(r);
                break;
        }

        if (Id("id") is { } id)
        {
            _eventIds.Add(id);
        }
    }

    private bool CheckRegistration(FacilityRegistered f, List<FieldError> errors)
    {
        FacilityRow? existing = state.Facility(f.Facility.Value);
        if (existing is null && _facilities.TryGetValue(f.Facility.Value, out var earlier))
        {
            existing = new FacilityRow
            {
                FacilityId = earlier.Facility.Value, Name = earlier.Name, Country = earlier.Country.Value, Authority = earlier.Authority,
                Capacity = earlier.Capacity, Kind = earlier.Kind is { } k ? SnakeCase.Name(k) : null, Standard = earlier.Standard,
            };
        }

        if (existing is null)
        {
            return true;
        }

        var same = existing.Name == f.Name && existing.Country == f.Country.Value && existing.Authority == f.Authority &&
                   existing.Capacity == f.Capacity && existing.Kind == (f.Kind is { } kind ? SnakeCase.Name(kind) : null) &&
                   existing.Standard == f.Standard;
        if (!same)
        {
            errors.Add(new FieldError(
                "facility", "a new facility id, or the same fields as the facility already registered (use facility.updated to change it)",
                Quote(f.Facility.Value) + " with different fields"));
        }

        // DESIGN.md: re-registering with identical fields is a no-op.
        return false;
    }

    private bool PersonKnown(string id) => _persons.Contains(id) || state.PersonExists(id);

    private void Person(PersonId person, string field, List<FieldError> errors)
    {
        if (!PersonKnown(person.Value))
        {
            errors.Add(Unknown(field, "person", person.Value));
        }
    }

    private void Persons(IReadOnlyList<PersonId> persons, string field, List<FieldError> errors)
    {
        for (var k = 0; k < persons.Count; k++)
        {
            Person(persons[k], $"{field}[{k}]", errors);
        }
    }

    private void Request(RequestId? request, List<FieldError> errors)
    {
        if (request is { } r && !_requests.Contains(r.Value) && state.RequestPersons(r.Value) is null)
        {
            errors.Add(Unknown("request", "transfer request", r.Value));
        }
    }

    private void Facility(FacilityId? facility, string field, List<FieldError> errors)
    {
        if (facility is { } f && !_facilities.ContainsKey(f.Value) && !_unreadFacilities.Contains(f.Value) && state.Facility(f.Value) is null)
        {
            errors.Add(Unknown(field, "facility", f.Value));
        }
    }

    private void FacilityOrCountry(string? value, string field, List<FieldError> errors)
    {
        if (value is not null && !_facilities.ContainsKey(value) && !_unreadFacilities.Contains(value) && state.Facility(value) is null && !CountryCode.TryParse(value, out _))
        {
            errors.Add(new FieldError(field, "a registered facility id or an ISO 3166-1 alpha-2 country code", Quote(value)));
        }
    }

    private void Order(OrderId? order, string field, List<FieldError> errors)
    {
        if (order is { } o && !_orders.Contains(o.Value) && state.OrderPersons(o.Value) is null)
        {
            errors.Add(Unknown(field, "order", o.Value));
        }
    }

    private void EventReference(string reference, string field, long sequence, List<FieldError> errors)
    {
        // An event's own id first (ids may look like numbers), then a sequence number, then HE-{sequence}.
        var known = _eventIds.Contains(reference) || state.EventIdExists(reference) ||
                    (long.TryParse(reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                        ? n >= 1 && n < sequence
                        : Queries.EventIds.TryParseAssigned(reference, out var assigned) && assigned >= 1 && assigned < sequence);
        if (!known)
        {
            errors.Add(new FieldError(field, "the id or sequence number of an earlier event", Quote(reference)));
        }
    }

    private static void New(HashSet<string> declared, string id, bool existsInRegistry, string field, List<FieldError> errors)
    {
        if (declared.Contains(id) || existsInRegistry)
        {
            errors.Add(new FieldError(field, $"a new {field} id (this one is already recorded; use the kind's follow-up events to change it)", Quote(id)));
        }
    }

    private static FieldError Unknown(string field, string kind, string id) =>
        new(field, $"a {kind} recorded in the registry or earlier in this file", Quote(id));

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
