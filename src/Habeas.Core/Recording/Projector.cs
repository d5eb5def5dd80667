using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using Habeas.Core.Store;
using Habeas.Core.Store.Rows;
using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Core.Recording;

/// <summary>
/// Updates the query tables for one appended event, inside the append's transaction (DESIGN.md invariant 2:
/// the tables are projections of the log). The same code projects during import and during rebuild.
/// </summary>
internal sealed class Projector : IDisposable
{
    /// <summary>The projection tables, in the order the digest reads and rebuild clears them.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "facilities", "persons", "person_records", "identity_labels", "relations", "custody_periods", "instruments", "orders",
        "order_persons", "transfer_requests", "transfer_request_persons", "event_persons",
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RegistryState _state;
    private readonly DeferredIndexes? _deferredIndexes;
    private readonly Dictionary<long, CustodyPeriod> _unwritten = [];
    private readonly Statement _insertEventPerson;
    private readonly Statement _insertFacility;
    private readonly Statement _updateFacility;
    private readonly Statement _insertPerson;
    private readonly Statement _sealPerson;
    private readonly Statement _insertRecord;
    private readonly Statement _insertRelation;
    private readonly Statement _insertPeriod;
    private readonly Statement _closePeriod;
    private readonly Statement _deletePeriods;
    private readonly Statement _custodyEvents;
    private readonly Statement _lastCustodyEventAt;
    private readonly Statement _insertInstrument;
    private readonly Statement _endInstrument;
    private readonly Statement _insertOrder;
    private readonly Statement _insertOrderPerson;
    private readonly Statement _setOrderStatus;
    private readonly Statement _setOrderRequires;
    private readonly Statement _touchOrder;
    private readonly Statement _insertRequest;
    private readonly Statement _insertRequestPerson;
    private readonly Statement _decideRequest;
    private readonly Statement _mergePerson;
    private readonly Statement _moveSurvivor;
    private readonly Statement _setSurvivor;
    private readonly Statement _clusterTree;
    private readonly Statement _recordedSubject;
    private readonly Statement _insertLabel;
    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly string _custodyTypes;

    /// <param name="connection">An open connection to the registry.</param>
    /// <param name="transaction">The batch's transaction.</param>
    /// <param name="state">What the batch knows of the registry.</param>
    /// <param name="deferredIndexes">Indexes a bulk load dropped, made again before the projector reads events by person.</param>
    public Projector(DbConnection connection, DbTransaction? transaction, RegistryState state, DeferredIndexes? deferredIndexes = null)
    {
        _state = state;
        _deferredIndexes = deferredIndexes;
        _connection = connection;
        _transaction = transaction;
        Statement S(string sql, params (string, System.Data.DbType)[] p) => new(connection, transaction, sql, p);
        _insertEventPerson = S("INSERT INTO event_persons (sequence, person_id) VALUES (@s, @p)", Sql.Long("@s"), Sql.Text("@p"));
        _insertFacility = S(
            "INSERT INTO facilities (facility_id, name, country, authority, capacity, kind, standard, registered_sequence) " +
            "VALUES (@f, @n, @c, @a, @cap, @k, @st, @s)",
            Sql.Text("@f"), Sql.Text("@n"), Sql.Text("@c"), Sql.Text("@a"), Sql.Int("@cap"), Sql.Text("@k"), Sql.Text("@st"), Sql.Long("@s"));
        _updateFacility = S(
            "UPDATE facilities SET name = @n, country = @c, authority = @a, capacity = @cap, kind = @k, standard = @st, updated_sequence = @s " +
            "WHERE facility_id = @f",
            Sql.Text("@n"), Sql.Text("@c"), Sql.Text("@a"), Sql.Int("@cap"), Sql.Text("@k"), Sql.Text("@st"), Sql.Long("@s"), Sql.Text("@f"));
        _insertPerson = S("INSERT INTO persons (person_id, display_name, first_sequence, sealed) VALUES (@p, @n, @s, @sealed)",
            Sql.Text("@p"), Sql.Text("@n"), Sql.Long("@s"), Sql.Bool("@sealed"));
        _sealPerson = S("UPDATE persons SET sealed = @sealed WHERE person_id = @p", Sql.Bool("@sealed"), Sql.Text("@p"));
        _insertRecord = S(
            "INSERT INTO person_records (sequence, person_id, given, surnames, aliases, dob, sex, birth_country, nationalities, languages, a_number, identifiers) " +
            "VALUES (@s, @p, @g, @sn, @al, @dob, @sex, @bc, @nat, @lang, @an, @ids)",
            Sql.Long("@s"), Sql.Text("@p"), Sql.Text("@g"), Sql.Text("@sn"), Sql.Text("@al"), Sql.Text("@dob"), Sql.Text("@sex"),
            Sql.Text("@bc"), Sql.Text("@nat"), Sql.Text("@lang"), Sql.Text("@an"), Sql.Text("@ids"));
        _insertRelation = S("INSERT INTO relations (sequence, person_id, relation, other_person_id) VALUES (@s, @p, @r, @o)",
            Sql.Long("@s"), Sql.Text("@p"), Sql.Text("@r"), Sql.Text("@o"));
        _insertPeriod = S(
            "INSERT INTO custody_periods (from_sequence, person_id, status, facility_id, country, authority, basis, transport, origin_facility_id, " +
            "from_at, from_text, until_at, until_text, until_sequence) VALUES (@s, @p, @st, @f, @c, @a, @b, @t, @o, @fa, @ft, @ua, @ut, @us)",
            Sql.Long("@s"), Sql.Text("@p"), Sql.Text("@st"), Sql.Text("@f"), Sql.Text("@c"), Sql.Text("@a"), Sql.Text("@b"), Sql.Text("@t"),
            Sql.Text("@o"), Sql.Long("@fa"), Sql.Text("@ft"), Sql.Long("@ua"), Sql.Text("@ut"), Sql.Long("@us"));
        _closePeriod = S("UPDATE custody_periods SET until_at = @ua, until_text = @ut, until_sequence = @us WHERE from_sequence = @s",
            Sql.Long("@ua"), Sql.Text("@ut"), Sql.Long("@us"), Sql.Long("@s"));
        _deletePeriods = S("DELETE FROM custody_periods WHERE from_sequence IN (SELECT sequence FROM events WHERE person_id = @p)", Sql.Text("@p"));
        var types = _custodyTypes = string.Join(", ", CustodyFold.Types.Order(StringComparer.Ordinal).Select(t => $"'{t}'"));
        _custodyEvents = S(
            $"SELECT sequence, payload FROM events WHERE person_id = @p AND type IN ({types}) AND sequence <= @s ORDER BY occurred_at, sequence",
            Sql.Text("@p"), Sql.Long("@s"));
        _lastCustodyEventAt = S($"SELECT max(occurred_at) FROM events WHERE person_id = @p AND type IN ({types}) AND sequence < @s",
            Sql.Text("@p"), Sql.Long("@s"));
        _insertInstrument = S(
            "INSERT INTO instruments (instrument_id, person_id, scope, kind, countries, issuer, \"case\", issued_at, effective_from, effective_until, sequence) " +
            "VALUES (@i, @p, @sc, @k, @c, @is, @case, @ia, @ef, @eu, @s)",
            Sql.Text("@i"), Sql.Text("@p"), Sql.Text("@sc"), Sql.Text("@k"), Sql.Text("@c"), Sql.Text("@is"), Sql.Text("@case"),
            Sql.Text("@ia"), Sql.Text("@ef"), Sql.Text("@eu"), Sql.Long("@s"));
        _endInstrument = S("UPDATE instruments SET ended_sequence = @s, end_reason = @r, ended_at = @at WHERE instrument_id = @i",
            Sql.Long("@s"), Sql.Text("@r"), Sql.Text("@at"), Sql.Text("@i"));
        _insertOrder = S(
            "INSERT INTO orders (order_id, court, \"case\", issued_at, requires, scope, status, sequence, last_sequence) " +
            "VALUES (@o, @c, @case, @ia, @r, @sc, 'issued', @s, @s)",
            Sql.Text("@o"), Sql.Text("@c"), Sql.Text("@case"), Sql.Text("@ia"), Sql.Text("@r"), Sql.Text("@sc"), Sql.Long("@s"));
        _insertOrderPerson = S("INSERT INTO order_persons (order_id, person_id) VALUES (@o, @p)", Sql.Text("@o"), Sql.Text("@p"));
        _setOrderStatus = S("UPDATE orders SET status = @st, last_sequence = @s WHERE order_id = @o", Sql.Text("@st"), Sql.Long("@s"), Sql.Text("@o"));
        _setOrderRequires = S("UPDATE orders SET requires = @r, last_sequence = @s WHERE order_id = @o", Sql.Text("@r"), Sql.Long("@s"), Sql.Text("@o"));
        _touchOrder = S("UPDATE orders SET last_sequence = @s WHERE order_id = @o", Sql.Long("@s"), Sql.Text("@o"));
        _insertRequest = S(
            "INSERT INTO transfer_requests (request_id, from_facility_id, to_facility_id, country, planned_for, authority, basis, sequence) " +
            "VALUES (@r, @f, @t, @c, @pf, @a, @b, @s)",
            Sql.Text("@r"), Sql.Text("@f"), Sql.Text("@t"), Sql.Text("@c"), Sql.Text("@pf"), Sql.Text("@a"), Sql.Text("@b"), Sql.Long("@s"));
        _insertRequestPerson = S("INSERT INTO transfer_request_persons (request_id, person_id) VALUES (@r, @p)", Sql.Text("@r"), Sql.Text("@p"));
        _decideRequest = S("UPDATE transfer_requests SET decision = @d, decided_sequence = @s WHERE request_id = @r",
            Sql.Text("@d"), Sql.Long("@s"), Sql.Text("@r"));
        _mergePerson = S("UPDATE persons SET merged_into = @m, survivor_id = @sv WHERE person_id = @p", Sql.Text("@m"), Sql.Text("@sv"), Sql.Text("@p"));
        _moveSurvivor = S("UPDATE persons SET survivor_id = @sv WHERE survivor_id = @old", Sql.Text("@sv"), Sql.Text("@old"));
        _setSurvivor = S("UPDATE persons SET survivor_id = @sv WHERE person_id = @p", Sql.Text("@sv"), Sql.Text("@p"));
        _clusterTree = S("SELECT person_id, merged_into FROM persons WHERE survivor_id = @sv ORDER BY person_id", Sql.Text("@sv"));
        _recordedSubject = S("SELECT type, person_id FROM events WHERE sequence = @s", Sql.Long("@s"));
        _insertLabel = S("INSERT INTO identity_labels (sequence, person_id, other_person_id, same, by_registry) VALUES (@s, @p, @o, @same, @r)",
            Sql.Long("@s"), Sql.Text("@p"), Sql.Text("@o"), Sql.Bool("@same"), Sql.Bool("@r"));
    }

    /// <summary>The id the registry gives a person recorded without one: <c>HP-{sequence}</c>.</summary>
    public static string AssignedPersonId(long sequence) => "HP-" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The person an event is about, when exactly one, resolving ids the event names only indirectly.</summary>
    public string? SubjectOf(RegistryEvent e, long sequence) => e switch
    {
        PersonRecorded { Person: null } => AssignedPersonId(sequence),
        InstrumentEnded ie => _state.TryGetInstrument(ie.Instrument.Value, out var p) ? p : null,
        _ => e.Subject?.Value,
    };

    /// <summary>Projects <paramref name="e"/>, already appended at <paramref name="sequence"/>.</summary>
    public void Apply(RegistryEvent e, long sequence, string? subject)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case FacilityRegistered f:
                var row = new FacilityRow
                {
                    FacilityId = f.Facility.Value, Name = f.Name, Country = f.Country.Value, Authority = f.Authority,
                    Capacity = f.Capacity, Kind = Name(f.Kind), Standard = f.Standard, RegisteredSequence = sequence,
                };
                _insertFacility.Execute(row.FacilityId, row.Name, row.Country, row.Authority, row.Capacity, row.Kind, row.Standard, sequence);
                _state.SetFacility(row);
                break;
            case FacilityUpdated u:
                var old = _state.Facility(u.Facility.Value) ?? throw new InvalidOperationException($"facility.updated of unknown facility {u.Facility}.");
                var updated = new FacilityRow
                {
                    FacilityId = old.FacilityId, Name = u.Name ?? old.Name, Country = u.Country?.Value ?? old.Country,
                    Authority = u.Authority ?? old.Authority, Capacity = u.Capacity ?? old.Capacity, Kind = Name(u.Kind) ?? old.Kind,
                    Standard = u.Standard ?? old.Standard, RegisteredSequence = old.RegisteredSequence, UpdatedSequence = sequence,
                };
                _updateFacility.Execute(updated.Name, updated.Country, updated.Authority, updated.Capacity, updated.Kind, updated.Standard, sequence, updated.FacilityId);
                _state.SetFacility(updated);
                break;
            case PersonRecorded p:
                RecordPerson(p, sequence, subject!);
                break;
            case RelationRecorded r:
                _insertRelation.Execute(sequence, r.Person.Value, SnakeCase.Name(r.Relation), r.Other.Value);
                NamePersons(sequence, subject, [r.Other.Value]);
                break;
            case InstrumentRecorded i:
                _insertInstrument.Execute(i.Instrument.Value, i.Person?.Value, Serialize(i.Scope), SnakeCase.Name(i.Kind),
                    Serialize(i.Countries.Select(c => c.Value)), i.Issuer, i.Case, i.IssuedAt?.Text, i.EffectiveFrom?.Text, i.EffectiveUntil?.Text, sequence);
                _state.AddInstrument(i.Instrument.Value, i.Person?.Value);
                NamePersons(sequence, subject, i.Scope?.Persons.Select(x => x.Value) ?? []);
                break;
            case InstrumentEnded ie:
                _endInstrument.Execute(sequence, SnakeCase.Name(ie.Reason), ie.OccurredAt?.Text, ie.Instrument.Value);
                break;
            case OrderIssued o:
                var persons = o.Persons.Select(x => x.Value).Distinct(StringComparer.Ordinal).ToArray();
                _insertOrder.Execute(o.Order.Value, o.Court, o.Case, o.IssuedAt?.Text, SerializeRequirements(o.Requires), Serialize(o.Scope), sequence);
                foreach (var person in persons)
                {
                    _insertOrderPerson.Execute(o.Order.Value, person);
                }

                _state.AddOrder(o.Order.Value, persons);
                NamePersons(sequence, subject, persons);
                break;
            case OrderStayed s:
                OrderChanged(s.Order, sequence, "stayed");
                break;
            case OrderUnstayed s:
                OrderChanged(s.Order, sequence, "issued");
                break;
            case OrderVacated s:
                OrderChanged(s.Order, sequence, "vacated");
                break;
            case OrderAmended a:
                _setOrderRequires.Execute(SerializeRequirements(a.Requires), sequence, a.Order.Value);
                NamePersons(sequence, subject, _state.OrderPersons(a.Order.Value) ?? []);
                break;
            case OrderComplied c:
                OrderChanged(c.Order, sequence, null);
                break;
            case RemovalHalted { Order: { } order } h:
                NamePersons(sequence, subject, _state.OrderPersons(order.Value) ?? []);
                ApplyCustody(h, sequence, _state.Canonical(subject!));
                break;
            case TransferRequested t:
                var named = t.Persons.Select(x => x.Value).Distinct(StringComparer.Ordinal).ToArray();
                _insertRequest.Execute(t.Request.Value, t.From?.Value, t.To?.Value, t.Country?.Value, t.PlannedFor?.Text, t.Authority, t.Basis, sequence);
                foreach (var person in named)
                {
                    _insertRequestPerson.Execute(t.Request.Value, person);
                }

                _state.AddRequest(t.Request.Value, named);
                NamePersons(sequence, subject, named);
                break;
            case TransferDecided d:
                _decideRequest.Execute(SnakeCase.Name(d.Decision), sequence, d.Request.Value);
                NamePersons(sequence, subject, _state.RequestPersons(d.Request.Value) ?? []);
                break;
            case IdentityMerged m:
                NamePersons(sequence, subject, m.Persons.Select(x => x.Value));
                Merge(m, sequence);
                break;
            case IdentitySplit split:
                NamePersons(sequence, subject, Split(split, sequence));
                break;
            case PersonSealed s:
                _sealPerson.Execute(true, s.Person.Value);
                break;
            case PersonUnsealed s:
                _sealPerson.Execute(false, s.Person.Value);
                break;
            default:
                if (CustodyFold.Types.Contains(e.Type))
                {
                    // A custody event naming an id merged into another person moves that person.
                    ApplyCustody(e, sequence, _state.Canonical(subject!));
                }

                // agreement.recorded, record.corrected, event.erased: kept in the log; read where they are used
                // (remedies; corrections; erasure replays the projections without the content).
                break;
        }
    }

    /// <summary>
    /// Writes the custody periods still open at the end of a batch. A period opened during the batch is held in
    /// memory until an event closes it, then written once, whole: one INSERT instead of an INSERT and an UPDATE
    /// (measured: the UPDATE was an eighth of an import's database time). Call before committing.
    /// </summary>
    public void Flush()
    {
        foreach (var period in _unwritten.Values.OrderBy(p => p.FromSequence))
        {
            InsertPeriod(period);
        }

        _unwritten.Clear();
    }

    /// <summary>Empties every projection table (for rebuild, inside its transaction).</summary>
    public static void ClearAll(DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var table in Tables)
        {
            using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = $"DELETE FROM {table}";
            cmd.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var s in new[]
        {
            _insertEventPerson, _insertFacility, _updateFacility, _insertPerson, _sealPerson, _insertRecord, _insertRelation, _insertPeriod,
            _closePeriod, _deletePeriods, _custodyEvents, _lastCustodyEventAt, _insertInstrument, _endInstrument, _insertOrder, _insertOrderPerson,
            _setOrderStatus, _setOrderRequires, _touchOrder, _insertRequest, _insertRequestPerson, _decideRequest,
            _mergePerson, _moveSurvivor, _setSurvivor, _clusterTree, _recordedSubject, _insertLabel,
        })
        {
            s.Dispose();
        }
    }

    private void RecordPerson(PersonRecorded p, long sequence, string personId)
    {
        if (!_state.PersonExists(personId))
        {
            _insertPerson.Execute(personId, p.Name.Display, sequence, false);
            _state.AddPerson(personId);
            _state.SetCustody(personId, PersonCustody.None);
        }

        _insertRecord.Execute(
            sequence, personId, p.Name.Given, Serialize(p.Name.Surnames), Serialize(p.Name.Aliases), p.Dob?.Text,
            p.Sex is { } sex ? SnakeCase.Name(sex) : null, p.BirthCountry?.Value, Serialize(p.Nationalities.Select(c => c.Value)),
            Serialize(p.Languages), p.ANumber?.Value, Serialize(new SortedDictionary<string, string>(p.Identifiers.ToDictionary(), StringComparer.Ordinal)));
    }

    private void OrderChanged(OrderId order, long sequence, string? status)
    {
        if (status is null)
        {
            _touchOrder.Execute(sequence, order.Value);
        }
        else
        {
            _setOrderStatus.Execute(status, sequence, order.Value);
        }

        NamePersons(sequence, null, _state.OrderPersons(order.Value) ?? []);
    }

    private void NamePersons(long sequence, string? subject, IEnumerable<string> persons)
    {
        foreach (var person in persons.Distinct(StringComparer.Ordinal))
        {
            if (person != subject)
            {
                _insertEventPerson.Execute(sequence, person);
            }
        }
    }

    private void ApplyCustody(RegistryEvent e, long sequence, string person)
    {
        var state = _state.Custody(person);
        var at = e.OccurredAt!.Start.ToUnixTimeMilliseconds();
        var last = state.LastAt ?? LastCustodyEventAt(person, sequence);
        if (at < last)
        {
            // Arrived out of valid-time order: the person's periods are folded again from all their custody events.
            Recompute(person, sequence);
            return;
        }

        var (closed, opened) = CustodyFold.Step(state.Open, e, sequence, person, _state.CountryOfFacility);
        if (closed is not null)
        {
            if (_unwritten.Remove(closed.FromSequence))
            {
                InsertPeriod(closed);
            }
            else
            {
                _closePeriod.Execute(closed.UntilAt, closed.UntilText, closed.UntilSequence, closed.FromSequence);
            }
        }

        if (opened is not null)
        {
            _unwritten[opened.FromSequence] = opened;
        }

        _state.SetCustody(person, new PersonCustody(opened ?? (closed is null ? state.Open : null), Math.Max(last, at)));
    }

    private long LastCustodyEventAt(string person, long sequence)
    {
        _deferredIndexes?.Restore();
        var ids = _state.AllIdsOf(person);
        using var cluster = ids.Count == 1 ? null : _state.ForIds(
            $"SELECT max(occurred_at) FROM events WHERE person_id IN (@ids) AND type IN ({_custodyTypes}) AND sequence < @s", ids, Sql.Long("@s"));
        var last = cluster is null ? _lastCustodyEventAt.Scalar(person, sequence) : cluster.Scalar([.. ids, sequence]);
        return last is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : long.MinValue;
    }

    /// <summary>
    /// <c>identity.merged</c>: every id named after the first becomes the first's person (with whatever was merged into
    /// it before); their custody is folded again as one person's. Ids already one person change nothing.
    /// </summary>
    private void Merge(IdentityMerged m, long sequence)
    {
        // Merges are rare and read persons by survivor: a bulk load makes its indexes now.
        _deferredIndexes?.Restore();
        var survivor = _state.Canonical(m.Persons[0].Value);
        var merged = false;
        var byRegistry = m.Source?.Name == Identity.IdentityResolver.SourceName;
        foreach (var person in m.Persons.Skip(1).DistinctBy(p => p.Value).Where(p => p.Value != m.Persons[0].Value))
        {
            _insertLabel.Execute(sequence, m.Persons[0].Value, person.Value, true, byRegistry);
            var root = _state.Canonical(person.Value);
            if (root == survivor)
            {
                continue;
            }

            IReadOnlyList<string> absorbed = _state.AllIdsOf(root);
            _mergePerson.Execute(survivor, survivor, root);
            _moveSurvivor.Execute(survivor, root);
            _state.SetIdentity(survivor, [.. _state.AliasesOf(survivor), .. absorbed]);
            merged = true;
        }

        if (merged)
        {
            Recompute(survivor, sequence);
        }
    }

    /// <summary>
    /// <c>identity.split</c>: each record's id is taken off the person it was merged into, with the ids merged into
    /// it; when the record's id is itself the survivor, the ids merged directly into it are taken off instead. With
    /// <c>person</c> naming someone the record does not belong to, the split only records that they are not one
    /// person (a review's "no"), and nothing changes. Custody is folded again for every person it touched.
    /// </summary>
    /// <returns>The ids the split names: each record's, and the person's it names.</returns>
    private List<string> Split(IdentitySplit split, long sequence)
    {
        _deferredIndexes?.Restore();
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        var labelled = new HashSet<(string, string)>();
        var named = new List<string>();
        if (split.Person is { } person)
        {
            named.Add(person.Value);
        }

        foreach (var reference in split.Records)
        {
            var id = RecordedId(reference);
            named.Add(id);
            var survivor = _state.Canonical(id);
            if (split.Person is { } from && _state.Canonical(from.Value) != survivor)
            {
                Label(id, from.Value);
                continue;
            }

            var tree = ClusterTree(survivor);
            var detach = survivor == id ? tree.Where(t => t.Value == survivor).Select(t => t.Key).ToArray() : [id];
            foreach (var head in detach)
            {
                Label(id, head == id ? survivor : head);
                var subtree = Subtree(tree, head);
                _mergePerson.Execute(null, null, head);
                foreach (var alias in subtree)
                {
                    _setSurvivor.Execute(head, alias);
                    tree.Remove(alias);
                }

                tree.Remove(head);
                _state.SetIdentity(head, subtree);
                touched.Add(head);
            }

            if (detach.Length > 0)
            {
                _state.SetIdentity(survivor, tree.Keys.ToArray());
                touched.Add(survivor);
            }
        }

        foreach (var each in touched)
        {
            Recompute(each, sequence);
        }

        named.AddRange(touched);
        return named;

        // One label a pair, whichever way the split names it.
        void Label(string id, string other)
        {
            if (id != other && labelled.Add(string.CompareOrdinal(id, other) < 0 ? (id, other) : (other, id)))
            {
                _insertLabel.Execute(sequence, id, other, false, false);
            }
        }
    }

    /// <summary>The id a <c>person.recorded</c> named (or was given), from the event an <c>identity.split</c> refers to.</summary>
    private string RecordedId(string reference)
    {
        var recorded = Erasure.Resolve(_connection, _transaction, reference)
            ?? throw new InvalidOperationException($"identity.split names {reference}, which is no event (the append checks this).");
        using var reader = _recordedSubject.Query(recorded);
        return reader.Read() && reader.GetString(0) == PersonRecorded.TypeName && !reader.IsDBNull(1)
            ? reader.GetString(1)
            : throw new InvalidOperationException($"identity.split names {reference}, which is not a person.recorded (the append checks this).");
    }

    /// <summary>The ids merged into <paramref name="survivor"/>, each with the id it was merged into.</summary>
    private Dictionary<string, string> ClusterTree(string survivor)
    {
        var tree = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = _clusterTree.Query(survivor);
        while (reader.Read())
        {
            tree[reader.GetString(0)] = reader.GetString(1);
        }

        return tree;
    }

    /// <summary>The ids merged into <paramref name="head"/>, directly or through others, in id order.</summary>
    private static string[] Subtree(Dictionary<string, string> tree, string head)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var next = new Queue<string>([head]);
        while (next.TryDequeue(out var parent))
        {
            foreach (var (child, into) in tree)
            {
                if (into == parent && found.Add(child))
                {
                    next.Enqueue(child);
                }
            }
        }

        return found.ToArray();
    }

    /// <summary>Folds again every custody event of the person up to <paramref name="upTo"/> (never later ones: rebuild replays in order).</summary>
    private void Recompute(string person, long upTo)
    {
        // Found through the events' person index: a bulk load makes its indexes now rather than scan the table for
        // each late fact (the rest of the batch then keeps them up to date, as any other batch does).
        _deferredIndexes?.Restore();
        var events = new List<(long Sequence, RegistryEvent Event)>();
        var ids = _state.AllIdsOf(person);
        using var clusterEvents = ids.Count == 1 ? null : _state.ForIds(
            $"SELECT sequence, payload FROM events WHERE person_id IN (@ids) AND type IN ({_custodyTypes}) AND sequence <= @s ORDER BY occurred_at, sequence",
            ids, Sql.Long("@s"));
        using (var reader = clusterEvents is null ? _custodyEvents.Query(person, upTo) : clusterEvents.Query([.. ids, upTo]))
        {
            while (reader.Read())
            {
                if (Erasure.IsErased(reader.GetString(1)))
                {
                    continue;
                }

                var errors = new List<FieldError>();
                using var doc = JsonDocument.Parse(reader.GetString(1));
                var e = EventReader.Read(doc.RootElement, errors)
                    ?? throw new InvalidOperationException($"Stored event {reader.GetInt64(0)} no longer reads: {string.Join("; ", errors)}");
                events.Add((reader.GetInt64(0), e));
            }
        }

        if (ids.Count == 1)
        {
            _deletePeriods.Execute(person);
        }
        else
        {
            using var delete = _state.ForIds("DELETE FROM custody_periods WHERE from_sequence IN (SELECT sequence FROM events WHERE person_id IN (@ids))", ids);
            delete.Execute([.. ids]);
        }

        // Periods still in memory that these events opened (under any id of the person, before a merge or split).
        foreach (var key in _unwritten.Where(p => ids.Contains(p.Value.PersonId, StringComparer.Ordinal)).Select(p => p.Key).ToArray())
        {
            _unwritten.Remove(key);
        }

        var periods = new List<CustodyPeriod>();
        CustodyPeriod? open = null;
        var last = long.MinValue;
        foreach (var (sequence, e) in events)
        {
            var (closed, opened) = CustodyFold.Step(open, e, sequence, person, _state.CountryOfFacility);
            if (closed is not null)
            {
                periods[periods.FindIndex(p => p.FromSequence == closed.FromSequence)] = closed;
            }

            if (opened is not null)
            {
                periods.Add(opened);
            }

            open = opened ?? (closed is null ? open : null);
            last = Math.Max(last, e.OccurredAt!.Start.ToUnixTimeMilliseconds());
        }

        foreach (var period in periods)
        {
            InsertPeriod(period);
        }

        _state.SetCustody(person, new PersonCustody(open, last));
    }

    private void InsertPeriod(CustodyPeriod p) =>
        _insertPeriod.Execute(p.FromSequence, p.PersonId, p.Status, p.FacilityId, p.Country, p.Authority, p.Basis, p.Transport,
            p.OriginFacilityId, p.FromAt, p.FromText, p.UntilAt, p.UntilText, p.UntilSequence);

    private static string? Name(FacilityKind? kind) => kind is { } k ? SnakeCase.Name(k) : null;

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static string? Serialize(Scope? scope) => scope is null
        ? null
        : Serialize(new
        {
            persons = scope.Persons.Select(p => p.Value),
            @class = scope.Class is { } c
                ? new
                {
                    description = c.Description,
                    nationalities = c.Nationalities.Select(n => n.Value),
                    designation = c.Designation is { } d ? SnakeCase.Name(d) : null,
                    held_in = c.HeldIn.Select(f => f.Value),
                    held_in_country = c.HeldInCountry?.Value,
                    removal_basis = c.RemovalBasis is { } b ? SnakeCase.Name(b) : null,
                    destination_not_in_order = c.DestinationNotInOrder,
                    members = c.Members.Select(m => m.Value),
                }
                : null,
        });

    private static string SerializeRequirements(IReadOnlyList<Requirement> requires) =>
        Serialize(requires.Select(r => new { action = SnakeCase.Name(r.Action), due = r.Due?.Text, every = r.Every }));
}
