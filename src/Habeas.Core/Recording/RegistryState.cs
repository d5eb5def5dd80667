using System.Data.Common;
using Habeas.Core.Store;
using Habeas.Core.Store.Rows;

namespace Habeas.Core.Recording;

/// <summary>
/// What the write path needs to know about the registry as it stands inside one transaction: facilities (all
/// kept in memory, there are hundreds), and persons, instruments, orders, requests and open custody looked up
/// on demand and then cached, so that a million-event import does not ask the database twice for one id.
/// In a batch into an empty registry nothing is asked at all: everything the batch writes is also cached here, so
/// what is not cached does not exist (and a bulk load's dropped indexes are never needed, <see cref="DeferredIndexes"/>).
/// </summary>
internal sealed class RegistryState : IDisposable
{
    private readonly Dictionary<string, FacilityRow> _facilities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _instrumentPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _orderPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _requestPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonCustody> _custody = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _survivorOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _aliases = new(StringComparer.Ordinal);
    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly Statement _aliasesQuery;
    private readonly Statement _personQuery;
    private readonly Statement _instrumentPerson;
    private readonly Statement _orderPersonsQuery;
    private readonly Statement _orderExists;
    private readonly Statement _requestPersonsQuery;
    private readonly Statement _requestExists;
    private readonly Statement _eventIdExists;
    private readonly Statement _openPeriod;
    private readonly bool _allCached;

    /// <param name="connection">An open connection to the registry.</param>
    /// <param name="transaction">The batch's transaction.</param>
    /// <param name="startsEmpty">The registry held no events when the batch began.</param>
    public RegistryState(DbConnection connection, DbTransaction? transaction, bool startsEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _allCached = startsEmpty;
        _connection = connection;
        _transaction = transaction;
        _aliasesQuery = new(connection, transaction, "SELECT person_id FROM persons WHERE survivor_id = @p ORDER BY person_id", Sql.Text("@p"));
        _personQuery = new(connection, transaction, "SELECT coalesce(survivor_id, '') FROM persons WHERE person_id = @p", Sql.Text("@p"));
        _instrumentPerson = new(connection, transaction, "SELECT coalesce(person_id, '') FROM instruments WHERE instrument_id = @i", Sql.Text("@i"));
        _orderExists = new(connection, transaction, "SELECT 1 FROM orders WHERE order_id = @o", Sql.Text("@o"));
        _orderPersonsQuery = new(connection, transaction, "SELECT person_id FROM order_persons WHERE order_id = @o ORDER BY person_id", Sql.Text("@o"));
        _requestExists = new(connection, transaction, "SELECT 1 FROM transfer_requests WHERE request_id = @r", Sql.Text("@r"));
        _requestPersonsQuery = new(connection, transaction, "SELECT person_id FROM transfer_request_persons WHERE request_id = @r ORDER BY person_id", Sql.Text("@r"));
        _eventIdExists = new(connection, transaction, "SELECT 1 FROM events WHERE event_id = @e", Sql.Text("@e"));
        _openPeriod = new(connection, transaction,
            "SELECT from_sequence, status, facility_id, country, authority, basis, transport, origin_facility_id, from_at, from_text " +
            "FROM custody_periods WHERE from_sequence IN (SELECT sequence FROM events WHERE person_id = @p) AND until_at IS NULL " +
            OpenPeriodOrder,
            Sql.Text("@p"));

        using var load = connection.CreateCommand();
        load.Transaction = transaction;
        load.CommandText = "SELECT facility_id, name, country, authority, capacity, kind, standard, registered_sequence, updated_sequence FROM facilities";
        using var reader = load.ExecuteReader();
        while (reader.Read())
        {
            var row = new FacilityRow
            {
                FacilityId = reader.GetString(0),
                Name = reader.GetString(1),
                Country = reader.GetString(2),
                Authority = reader.GetString(3),
                Capacity = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Kind = reader.IsDBNull(5) ? null : reader.GetString(5),
                Standard = reader.IsDBNull(6) ? null : reader.GetString(6),
                RegisteredSequence = reader.GetInt64(7),
                UpdatedSequence = reader.IsDBNull(8) ? null : reader.GetInt64(8),
            };
            _facilities[row.FacilityId] = row;
        }
    }

    public FacilityRow? Facility(string id) => _facilities.GetValueOrDefault(id);

    public void SetFacility(FacilityRow row) => _facilities[row.FacilityId] = row;

    public string? CountryOfFacility(string id) => _facilities.GetValueOrDefault(id)?.Country;

    public bool PersonExists(string id)
    {
        if (!_persons.TryGetValue(id, out var exists))
        {
            exists = !_allCached && ReadPerson(id);
        }

        return exists;
    }

    public void AddPerson(string id)
    {
        _persons[id] = true;
        if (!_allCached)
        {
            // A new person is nobody's alias (a bulk load keeps no such entry per person: see Canonical).
            _survivorOf[id] = null;
        }
    }

    /// <summary>The person <paramref name="id"/> belongs to now: itself, or the survivor it was merged into.</summary>
    public string Canonical(string id)
    {
        if (!_survivorOf.TryGetValue(id, out var survivor))
        {
            // In a bulk load only merges made in the batch exist, and they are all here: nothing to cache per person.
            if (_allCached)
            {
                return id;
            }

            ReadPerson(id);
            survivor = _survivorOf.GetValueOrDefault(id);
        }

        return survivor ?? id;
    }

    /// <summary>One read of the person's row answers both questions asked of an id: does it exist, whom does it belong to.</summary>
    private bool ReadPerson(string id)
    {
        // null: no such person; empty: a person of their own; otherwise the survivor.
        var survivor = _personQuery.Scalar(id) as string;
        _persons[id] = survivor is not null;
        _survivorOf[id] = string.IsNullOrEmpty(survivor) ? null : survivor;
        return survivor is not null;
    }

    /// <summary>The ids merged into the person <paramref name="survivor"/> (not itself), in id order.</summary>
    public IReadOnlyList<string> AliasesOf(string survivor)
    {
        if (!_aliases.TryGetValue(survivor, out var aliases))
        {
            var list = new List<string>();
            if (!_allCached)
            {
                using var reader = _aliasesQuery.Query(survivor);
                while (reader.Read())
                {
                    list.Add(reader.GetString(0));
                }
            }

            _aliases[survivor] = aliases = list;
        }

        return aliases;
    }

    /// <summary>Every id of the person <paramref name="survivor"/>: itself first, then the ids merged into it.</summary>
    public IReadOnlyList<string> AllIdsOf(string survivor) => AliasesOf(survivor) is { Count: > 0 } aliases ? [survivor, .. aliases] : [survivor];

    /// <summary>Records that <paramref name="aliases"/> (every id of one person now) belong to <paramref name="survivor"/>, after the table says so.</summary>
    public void SetIdentity(string survivor, IReadOnlyList<string> aliases)
    {
        _survivorOf[survivor] = null;
        foreach (var alias in aliases)
        {
            _survivorOf[alias] = survivor;
            _aliases.Remove(alias);
            _custody.Remove(alias);
        }

        _aliases[survivor] = aliases.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whether the instrument exists and, if so, whose it is (null for a scope instrument).</summary>
    public bool TryGetInstrument(string id, out string? person)
    {
        if (!_instrumentPersons.TryGetValue(id, out person))
        {
            var found = _allCached ? null : (string?)_instrumentPerson.Scalar(id);
            if (found is null)
            {
                return false;
            }

            person = found.Length == 0 ? null : found;
            _instrumentPersons[id] = person;
        }

        return true;
    }

    public void AddInstrument(string id, string? person) => _instrumentPersons[id] = person;

    /// <summary>The persons an order names, or null when there is no such order.</summary>
    public IReadOnlyList<string>? OrderPersons(string id) => Members(id, _orderPersons, _orderExists, _orderPersonsQuery, _allCached);

    public void AddOrder(string id, IReadOnlyList<string> persons) => _orderPersons[id] = persons;

    /// <summary>The persons a transfer request names, or null when there is no such request.</summary>
    public IReadOnlyList<string>? RequestPersons(string id) => Members(id, _requestPersons, _requestExists, _requestPersonsQuery, _allCached);

    public void AddRequest(string id, IReadOnlyList<string> persons) => _requestPersons[id] = persons;

    public bool EventIdExists(string id) => _eventIdExists.Scalar(id) is not null;

    /// <summary>The person's open custody period (and, once known, the latest valid time of their custody events).</summary>
    public PersonCustody Custody(string person)
    {
        if (_custody.TryGetValue(person, out var state))
        {
            return state;
        }

        if (_allCached)
        {
            return PersonCustody.None;
        }

        CustodyPeriod? open = null;
        var ids = AllIdsOf(person);
        using var cluster = ids.Count == 1 ? null : ForIds(
            "SELECT from_sequence, status, facility_id, country, authority, basis, transport, origin_facility_id, from_at, from_text " +
            "FROM custody_periods WHERE from_sequence IN (SELECT sequence FROM events WHERE person_id IN (@ids)) AND until_at IS NULL " + OpenPeriodOrder,
            ids);
        using (var reader = cluster is null ? _openPeriod.Query(person) : cluster.Query(ids.ToArray<object?>()))
        {
            if (reader.Read())
            {
                open = new CustodyPeriod
                {
                    FromSequence = reader.GetInt64(0),
                    PersonId = person,
                    Status = reader.GetString(1),
                    FacilityId = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Country = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Authority = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Basis = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Transport = reader.IsDBNull(6) ? null : reader.GetString(6),
                    OriginFacilityId = reader.IsDBNull(7) ? null : reader.GetString(7),
                    FromAt = reader.GetInt64(8),
                    FromText = reader.GetString(9),
                };
            }
        }

        // The latest valid time is read from the events by the projector when first needed.
        state = new PersonCustody(open, null);
        _custody[person] = state;
        return state;
    }

    public void SetCustody(string person, PersonCustody state) => _custody[person] = state;

    /// <summary>A statement over the events of several ids of one person: <c>@ids</c> in <paramref name="sql"/> becomes one parameter per id, given first.</summary>
    public Statement ForIds(string sql, IReadOnlyList<string> ids, params (string Name, System.Data.DbType Type)[] more)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(ids);
        var names = ids.Select((_, i) => "@id" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Statement(_connection, _transaction, sql.Replace("@ids", string.Join(", ", names), StringComparison.Ordinal),
            [.. names.Select(n => Sql.Text(n)), .. more]);
    }

    public void Dispose()
    {
        foreach (var s in new[] { _personQuery, _instrumentPerson, _orderExists, _orderPersonsQuery, _requestExists, _requestPersonsQuery, _eventIdExists, _openPeriod, _aliasesQuery })
        {
            s.Dispose();
        }
    }

    private const string OpenPeriodOrder = "ORDER BY from_at DESC, from_sequence DESC";

    private static IReadOnlyList<string>? Members(string id, Dictionary<string, IReadOnlyList<string>> cache, Statement exists, Statement members, bool allCached)
    {
        if (cache.TryGetValue(id, out var persons))
        {
            return persons;
        }

        if (allCached || exists.Scalar(id) is null)
        {
            return null;
        }

        var list = new List<string>();
        using (var reader = members.Query(id))
        {
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }
        }

        cache[id] = list;
        return list;
    }
}
