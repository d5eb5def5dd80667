using Habeas.Domain.Events;

namespace Habeas.Domain.Following;

/// <summary>
/// What an event is news about, for those who follow it: the persons it names, the facilities it moves people into or
/// out of, the court order it is about, and the manifest (request or flight) it belongs to.
/// </summary>
public static class EventConcerns
{
    public static IReadOnlyList<(FollowKind Kind, string Id)> Of(RegistryEvent e, string? subject)
    {
        ArgumentNullException.ThrowIfNull(e);
        var found = new List<(FollowKind, string)>();
        void Person(string? id) => Add(found, FollowKind.Person, id);
        void Facility(string? id) => Add(found, FollowKind.Facility, id);
        void Order(string? id) => Add(found, FollowKind.Order, id);
        void Manifest(string? id) => Add(found, FollowKind.Manifest, id);
        Person(subject);
        switch (e)
        {
            case FacilityRegistered f:
                Facility(f.Facility.Value);
                break;
            case FacilityUpdated f:
                Facility(f.Facility.Value);
                break;
            case RelationRecorded r:
                Person(r.Other.Value);
                break;
            case InstrumentRecorded i:
                i.Scope?.Persons.ToList().ForEach(p => Person(p.Value));
                i.Scope?.Class?.Members.ToList().ForEach(p => Person(p.Value));
                break;
            case CustodyBegan b:
                Facility(b.Facility.Value);
                break;
            case CustodyTransferred t:
                Facility(t.From.Value);
                Facility(t.To.Value);
                Manifest(t.Request?.Value);
                Manifest(t.Transport?.Id);
                break;
            case PersonRemoved r:
                Facility(r.From?.Value);
                Facility(r.To?.Value);
                Manifest(r.Request?.Value);
                Manifest(r.Transport?.Id);
                break;
            case CustodyHandedOver h:
                Facility(h.Facility?.Value);
                Manifest(h.Transport?.Id);
                break;
            case PersonReturned r:
                Facility(r.From);
                Facility(r.To.Value);
                break;
            case CustodyReleased r:
                Facility(r.Facility?.Value);
                break;
            case PersonDied d:
                Facility(d.Facility?.Value);
                break;
            case CustodyUnaccounted u:
                Facility(u.LastKnown);
                break;
            case RemovalHalted h:
                Order(h.Order?.Value);
                Manifest(h.Transport?.Id);
                break;
            case TransferRequested t:
                t.Persons.ToList().ForEach(p => Person(p.Value));
                Facility(t.From?.Value);
                Facility(t.To?.Value);
                Manifest(t.Request.Value);
                break;
            case TransferDecided d:
                Manifest(d.Request.Value);
                break;
            case OrderIssued o:
                Order(o.Order.Value);
                o.Persons.ToList().ForEach(p => Person(p.Value));
                o.Scope?.Persons.ToList().ForEach(p => Person(p.Value));
                o.Scope?.Class?.Members.ToList().ForEach(p => Person(p.Value));
                break;
            case OrderStayed s:
                Order(s.Order.Value);
                break;
            case OrderUnstayed s:
                Order(s.Order.Value);
                break;
            case OrderVacated s:
                Order(s.Order.Value);
                break;
            case OrderAmended s:
                Order(s.Order.Value);
                break;
            case OrderComplied s:
                Order(s.Order.Value);
                break;
            case AgreementRecorded a:
                a.Facilities.ToList().ForEach(f => Facility(f.Value));
                break;
            case IdentityMerged m:
                m.Persons.ToList().ForEach(p => Person(p.Value));
                break;
            case IdentitySplit s:
                Person(s.Person?.Value);
                break;
        }

        return found;
    }

    private static void Add(List<(FollowKind, string)> found, FollowKind kind, string? id)
    {
        if (!string.IsNullOrEmpty(id) && !found.Contains((kind, id)))
        {
            found.Add((kind, id));
        }
    }
}
