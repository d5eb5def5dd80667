using System.Data.Common;
using System.Globalization;
using Habeas.Core.Ledger;
using Habeas.Core.Store;
using Habeas.Domain.Events;
using Habeas.Ledger;

namespace Habeas.Core.Recording;

/// <summary>
/// One all-or-nothing batch of appended events in one transaction: reads each line, checks it, appends it to
/// the event table and projects it. After the first invalid line nothing more is written but every later line
/// is still checked, and the caller rolls back. The version the batch starts from is read inside the
/// transaction, so a concurrent writer makes one of the two fail on the event table's key, never interleave.
/// </summary>
internal sealed class AppendSession : IDisposable
{
    private readonly DbTransaction _transaction;
    private readonly RegistryState _state;
    private readonly Projector _projector;
    private readonly ReferenceChecker _checker;
    private readonly Statement _insertEvent;
    private readonly LedgerAppender? _ledger;
    private readonly NoteSigner? _signer;
    private readonly Provenance _provenance;
    private readonly DeferredIndexes? _deferredIndexes;
    private readonly Dictionary<string, int> _byType = new(StringComparer.Ordinal);
    private readonly TransferGate _gate = new(new Domain.Rules.RuleBook());
    private readonly Dictionary<string, string> _decisions = new(StringComparer.Ordinal);
    private ParsedLine? _deciding;
    private ParsedLine? _linking;
    private Identity.IdentityResolver? _resolver;
    private bool _resolverStale;
    private readonly Audit.PersonlessFacts _personless = new();
    private readonly Notifications.NotificationWriter? _notifications;

    // The reading thread grows its own copy of the tree, one leaf a parsed line. Its nodes are this log's only while
    // both trees hold the same leaves: a line that appends nothing, or a decision the gate appends, makes them differ
    // for good (a later line can still land on the sequence the reader guessed, with different leaves before it).
    private bool _treesAgree = true;
    private long _next;
    private int _erasures;

    private AppendSession(DbConnection connection, DbTransaction transaction, Provenance provenance, long head, NoteSigner? signer, bool maintainLog)
    {
        _transaction = transaction;
        _provenance = provenance;
        _signer = signer;
        _ledger = maintainLog ? new LedgerAppender(connection, transaction, head) : null;
        StartVersion = head;
        _next = head + 1;
        // Into an empty registry, a bulk load: the indexes are made once at the end (SQLite only).
        _deferredIndexes = head == 0 ? DeferredIndexes.Drop(connection, transaction) : null;
        _state = new RegistryState(connection, transaction, startsEmpty: head == 0);
        _projector = new Projector(connection, transaction, _state, _deferredIndexes);
        _checker = new ReferenceChecker(_state);
        _notifications = Notifications.NotificationWriter.Open(connection, transaction);
        _insertEvent = new Statement(connection, transaction,
            "INSERT INTO events (sequence, event_id, type, payload, occurred_at, person_id, recorded_at, recorded_by, source_name, source_sha256, source_line, salt) " +
            "VALUES (@s, @id, @t, @p, @o, @person, @ra, @rb, @sn, @sha, @line, @salt)",
            Sql.Long("@s"), Sql.Text("@id"), Sql.Text("@t"), Sql.Text("@p"), Sql.Long("@o"), Sql.Text("@person"), Sql.Long("@ra"),
            Sql.Text("@rb"), Sql.Text("@sn"), Sql.Text("@sha"), Sql.Int("@line"), Sql.Bytes("@salt"));
    }

    /// <summary>The registry's version (last sequence) when the batch began.</summary>
    public long StartVersion { get; }

    /// <summary>The log's tree as the batch begins (a copy, for the reading thread to hash ahead), or null without the log.</summary>
    public TreeBuilder? CopyOfLog() => _ledger?.CopyOfTree();

    /// <summary>The last sequence appended so far (equals <see cref="StartVersion"/> before any).</summary>
    public long LastSequence => _next - 1;

    /// <summary>False once a line was invalid: the rest are only checked.</summary>
    public bool Writing { get; private set; } = true;

    /// <summary>The checkpoint signed at commit (a C2SP signed note), or null without a key.</summary>
    public string? Checkpoint { get; private set; }

    /// <summary>Events appended, by type.</summary>
    public IReadOnlyDictionary<string, int> AppendedByType => _byType;

    /// <summary>Lines that changed nothing (a facility registered again with identical fields).</summary>
    public int Unchanged { get; private set; }

    /// <summary>
    /// Begins a batch. <paramref name="signer"/> is the log's key: with it, the batch ends with a signed
    /// checkpoint of the new tree (without it — tests of projections alone — the tree still grows, unsigned).
    /// </summary>
    /// <param name="connection">An open connection to the registry.</param>
    /// <param name="provenance">Who records the batch, when, and from what source.</param>
    /// <param name="signer">The log's key, or null.</param>
    /// <param name="maintainLog">False only in the benchmark that measures what the log costs (bench/ledger.sh).</param>
    public static AppendSession Begin(DbConnection connection, Provenance provenance, NoteSigner? signer, bool maintainLog = true)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Microsoft.Data.Sqlite begins IMMEDIATE (takes the write lock now); PostgreSQL is read committed and the
        // events primary key rejects a second writer of the same sequence.
        var transaction = connection.BeginTransaction();
        long head;
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT coalesce(max(sequence), 0) FROM events";
            head = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return new AppendSession(connection, transaction, provenance, head, signer, maintainLog);
    }

    /// <summary>Checks one line and, while all lines so far were valid, appends it. Errors go to <paramref name="errors"/>.</summary>
    public void Add(string line, int? sourceLine, List<FieldError> errors)
    {
        Add(ParsedLine.Parse(line), sourceLine, errors);
    }

    /// <summary>
    /// Checks the references of a line already parsed (<see cref="ParsedLine.Parse"/>, which may run on another
    /// thread) and, while all lines so far were valid, appends it. Errors go to <paramref name="errors"/>.
    /// </summary>
    public void Add(ParsedLine parsed, int? sourceLine, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(errors);
        errors.AddRange(parsed.Errors);
        if (parsed.Event is not { } e)
        {
            if (parsed.Unread is { } root)
            {
                _checker.DeclareUnread(root, _next);
            }

            Writing = false;
            return;
        }

        var before = errors.Count;
        var append = _checker.Check(e, _next, errors);
        _checker.Declare(e, _next);
        if (errors.Count > before)
        {
            Writing = false;
            return;
        }

        if (!append)
        {
            Unchanged++;
            _treesAgree = false;
            return;
        }

        if (e is TransferDecided imported && !ReferenceEquals(parsed, _deciding))
        {
            // Decisions are the registry's: a line may only repeat the one it wrote (an export imported again).
            var line = parsed.Payload?.ToString();
            if (Writing && RegistryDecision(imported.Request.Value) is var ours && ours != line)
            {
                errors.Add(new FieldError("decision", $"the registry's own decision for request {imported.Request.Value}, which it writes when it records the request", line ?? imported.Decision.ToString()));
                Writing = false;
            }
            else
            {
                Unchanged++;
                _treesAgree = false;
            }

            return;
        }

        if (e is IdentityMerged link && !ReferenceEquals(parsed, _linking) && link.Source?.Name == Identity.IdentityResolver.SourceName)
        {
            // Identity resolution's links are the registry's: a line may only repeat one it made (an export imported again).
            if (Writing && link.Persons.Select(p => _state.Canonical(p.Value)).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                errors.Add(new FieldError("source", $"a merge the registry made itself (\"{Identity.IdentityResolver.SourceName}\" marks the registry's own links; " +
                    "record a reviewer's decision under another source name)", $"a link of {string.Join(", ", link.Persons.Select(p => p.Value))} the registry did not make"));
                Writing = false;
            }
            else
            {
                Unchanged++;
                _treesAgree = false;
            }

            return;
        }

        if (Writing && e is EventErased erasure && Erasure.CannotErase(_transaction.Connection!, _transaction, erasure.Erases) is { } why)
        {
            errors.Add(new FieldError("erases", "an event whose content is still there", $"\"{erasure.Erases}\": {why}"));
            Writing = false;
            return;
        }

        if (Writing && e is IdentitySplit split && NotARecord(split) is { } notRecord)
        {
            errors.Add(notRecord);
            Writing = false;
            return;
        }

        if (Writing && e is PersonRecorded { Person: null } && (_resolver is null || _resolverStale))
        {
            // Read before the record is projected: the index holds every record before it, under the person each is now.
            _resolver = Identity.IdentityResolver.Load(_transaction.Connection!, _transaction);
            _resolverStale = false;
        }

        Identity.IdentityDecision? identity = null;
        if (Writing)
        {
            var subject = _projector.SubjectOf(e, _next);
            // What the reading thread hashed ahead holds when it guessed this sequence (all earlier lines appended).
            var guessed = parsed.ExpectedSequence == _next;
            _treesAgree &= guessed;
            _ledger?.Append(_next, e.Type, parsed.Commitment!, guessed ? parsed.LeafHash : null, _treesAgree ? parsed.LogNodes : null);
            _insertEvent.Execute(
                _next, e.Id, e.Type, parsed.Payload, e.OccurredAt?.Start.ToUnixTimeMilliseconds(), subject, _provenance.RecordedAt,
                _provenance.RecordedBy, _provenance.SourceName ?? e.Source?.Name, _provenance.SourceSha256, sourceLine,
                _ledger is null ? null : parsed.Salt);
            _projector.Apply(e, _next, subject);
            _notifications?.Write(e, _next, subject, parsed.Payload!.Value, _provenance, _state);
            _byType[e.Type] = _byType.GetValueOrDefault(e.Type) + 1;
            identity = Identify(e, subject);
            if (e is EventErased erased)
            {
                Erasure.Erase(_transaction.Connection!, _transaction, Erasure.Resolve(_transaction.Connection!, _transaction, erased.Erases)!.Value);
                _personless.Clear();
                _erasures++;
            }
        }

        // Sequences advance in check-only mode too, so that assigned ids in later errors match a fixed file.
        _next++;
        if (Writing && identity is { Outcome: Identity.IdentityOutcome.Linked, Candidate: { } survivor } && e is PersonRecorded linked)
        {
            var line = ParsedLine.Parse(LinkLine(survivor, Projector.AssignedPersonId(_next - 1), identity.Reason, linked.OccurredAt?.Text));
            _linking = line;
            _treesAgree = false;
            Add(line, null, errors);
            _linking = null;
        }

        if (Writing && e is TransferRequested request)
        {
            // The gate reads custody periods (write the ones this batch still holds open in memory) and a person's
            // events through the indexes a bulk load defers (make them again: requests are few, scans would be many).
            _projector.Flush();
            _deferredIndexes?.Restore();
            var decision = ParsedLine.Parse(_gate.Decide(_transaction.Connection!, _transaction, request, _personless));
            _decisions[request.Request.Value] = decision.Payload!.ToString()!;
            _deciding = decision;
            _treesAgree = false;
            Add(decision, null, errors);
            _deciding = null;
        }
    }

    /// <summary>
    /// Keeps the identity index in step with what was appended, and decides who a record without a <c>person</c> is.
    /// A reviewer's merge or split changes who records belong to: the index is read again when next needed.
    /// </summary>
    private Identity.IdentityDecision? Identify(RegistryEvent e, string? subject)
    {
        switch (e)
        {
            case PersonRecorded { Person: null } record when _resolver is not null:
                var decision = _resolver.Resolve(subject!, record, _state.Canonical);
                _resolver.Add(decision.Outcome == Identity.IdentityOutcome.Linked ? decision.Candidate! : subject!, record);
                return decision;
            case PersonRecorded record when _resolver is not null && !_resolverStale:
                _resolver.Add(_state.Canonical(subject!), record);
                return null;
            case IdentityMerged or IdentitySplit when !ReferenceEquals(e, _linking?.Event):
                _resolverStale = true;
                return null;
            default:
                return null;
        }
    }

    /// <summary>The registry's <c>identity.merged</c> for a record identity resolution linked (valid time: the record's, else now).</summary>
    private string LinkLine(string survivor, string record, string reason, string? occurredAt) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            type = IdentityMerged.TypeName,
            persons = new[] { survivor, record },
            reason,
            occurred_at = occurredAt ?? DateTimeOffset.FromUnixTimeMilliseconds(_provenance.RecordedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            source = new { name = Identity.IdentityResolver.SourceName },
        }, LinkJson);

    private static readonly System.Text.Json.JsonSerializerOptions LinkJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The first of a split's records that is not a <c>person.recorded</c> with its content, as an error; null when all are.</summary>
    private FieldError? NotARecord(IdentitySplit split)
    {
        using var type = new Statement(_transaction.Connection!, _transaction, "SELECT type, payload FROM events WHERE sequence = @s", Sql.Long("@s"));
        for (var k = 0; k < split.Records.Count; k++)
        {
            var reference = split.Records[k];
            string? found = null;
            if (Erasure.Resolve(_transaction.Connection!, _transaction, reference) is { } sequence)
            {
                using var reader = type.Query(sequence);
                found = reader.Read() ? (Erasure.IsErased(reader.GetString(1)) ? "an erased event" : reader.GetString(0)) : null;
            }

            if (found != PersonRecorded.TypeName)
            {
                return new FieldError($"records[{k}]", "a person.recorded event (its id or sequence number)",
                    found is null ? System.Text.Json.JsonSerializer.Serialize(reference) : $"\"{reference}\", which is {found}");
            }
        }

        return null;
    }

    /// <summary>The decision the registry wrote for a request (this batch's or a stored one), canonical.</summary>
    private string? RegistryDecision(string request)
    {
        if (_decisions.TryGetValue(request, out var ours))
        {
            return ours;
        }

        using var find = new Statement(_transaction.Connection!, _transaction,
            "SELECT e.payload FROM transfer_requests r JOIN events e ON e.sequence = r.decided_sequence WHERE r.request_id = @r", Sql.Text("@r"));
        return find.Scalar(request) as string;
    }

    /// <summary>Whether a file with this SHA-256 was imported (read inside this batch's transaction).</summary>
    public bool SourceFileImported(string sha256)
    {
        using var find = new Statement(_transaction.Connection!, _transaction, "SELECT 1 FROM source_files WHERE sha256 = @s", Sql.Text("@s"));
        return find.Scalar(sha256) is not null;
    }

    /// <summary>Records the imported file in the same transaction, so that importing it again adds nothing.</summary>
    public void RecordSourceFile(string sha256, string fileName, string sourceName, int lines)
    {
        using var insert = new Statement(_transaction.Connection!, _transaction,
            "INSERT INTO source_files (sha256, file_name, source_name, lines, events, first_sequence, last_sequence, imported_at, imported_by) " +
            "VALUES (@sha, @f, @s, @l, @e, @first, @last, @at, @by)",
            Sql.Text("@sha"), Sql.Text("@f"), Sql.Text("@s"), Sql.Int("@l"), Sql.Int("@e"), Sql.Long("@first"), Sql.Long("@last"),
            Sql.Long("@at"), Sql.Text("@by"));
        insert.Execute(sha256, fileName, sourceName, lines, (int)(LastSequence - StartVersion), StartVersion + 1, LastSequence,
            _provenance.RecordedAt, _provenance.RecordedBy);
    }

    public void Commit()
    {
        if (!Writing)
        {
            throw new InvalidOperationException("A batch with invalid lines cannot be committed.");
        }

        _projector.Flush();
        _deferredIndexes?.Restore();
        if (_erasures > 0)
        {
            // What was projected from erased content must go too: the projections are made again without it.
            Maintenance.Replay.Run(_transaction.Connection!, _transaction, CancellationToken.None);
        }

        Checkpoint = _ledger?.Finish(_signer, null, _provenance.RecordedAt);
        _transaction.Commit();
    }

    public void Dispose()
    {
        _insertEvent.Dispose();
        _notifications?.Dispose();
        _ledger?.Dispose();
        _projector.Dispose();
        _state.Dispose();
        _transaction.Dispose();
    }

}
