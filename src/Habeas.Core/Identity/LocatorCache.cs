using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Matching.Locating;
using Habeas.Matching.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Habeas.Core.Identity;

/// <summary>
/// One locator index per serving process, kept up to date incrementally: records recorded since the last look are
/// added (nothing is re-linked); when a record has gone (an erasure, a rebuild) or ids were merged or split since, the
/// index is made again. Whether anything changed is one indexed read (the log's last sequence), and searches run side by
/// side; only bringing the index up to date stops them.
/// </summary>
public sealed class LocatorCache : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly ReaderWriterLockSlim _guard = new();
    private LocatorIndex? _index;
    private HashSet<string> _sealed = [];
    private long _lastSequence;
    private PersonIdentities _identities = PersonIdentities.None;
    private int _rows;

    /// <summary>The log's last sequence when the index was last brought up to date (-1: never).</summary>
    private long _version = -1;

    /// <inheritdoc />
    public void Dispose()
    {
        _refresh.Dispose();
        _guard.Dispose();
    }

    internal async Task<(IReadOnlyList<LocatorHit> Hits, HashSet<string> Sealed)> SearchAsync(
        RegistryDbContext db, IdentityRecord query, int limit, CancellationToken cancellationToken)
    {
        // Kept open for the search and the candidates' places that follow (EF Core would open it for each query).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var version = await Queries.EventLogQuery.VersionAsync(db, cancellationToken);
        if (version != Volatile.Read(ref _version))
        {
            await _refresh.WaitAsync(cancellationToken);
            try
            {
                if (version != _version)
                {
                    await RefreshAsync(db, cancellationToken);
                    Volatile.Write(ref _version, version);
                }
            }
            finally
            {
                _refresh.Release();
            }
        }

        // Searching only reads the index (its scorer's table is prepared when built), so searches share the lock.
        _guard.EnterReadLock();
        try
        {
            return (_index!.Search(query, limit), _sealed);
        }
        finally
        {
            _guard.ExitReadLock();
        }
    }

    /// <summary>Adds the records recorded since the last look, or makes the index again when records went or identities changed.</summary>
    private async Task RefreshAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var kept = _index is null ? -1 : await db.PersonRecords.CountAsync(r => r.Sequence <= _lastSequence, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var identities = PersonMerges.Load(connection, transaction);
        var sealedPersons = await LocateHandler.SealedAsync(db, identities, cancellationToken);
        if (_index is null || kept != _rows || !identities.SameAs(_identities))
        {
            // Made aside and swapped in: searches go on against the old index meanwhile.
            var fresh = new LocatorIndex();
            var (last, rows) = RegistryIdentities.AddTo(fresh, connection, transaction, identities, 0);
            _guard.EnterWriteLock();
            try
            {
                (_index, _sealed, _lastSequence, _rows, _identities) = (fresh, sealedPersons, last, rows, identities);
            }
            finally
            {
                _guard.ExitWriteLock();
            }

            return;
        }

        _guard.EnterWriteLock();
        try
        {
            var (last, added) = RegistryIdentities.AddTo(_index, connection, transaction, identities, _lastSequence);
            (_sealed, _lastSequence, _rows) = (sealedPersons, last, _rows + added);
        }
        finally
        {
            _guard.ExitWriteLock();
        }
    }
}
