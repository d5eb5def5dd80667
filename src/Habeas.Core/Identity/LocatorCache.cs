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
/// index is made again.
/// </summary>
public sealed class LocatorCache : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private LocatorIndex? _index;
    private HashSet<string> _sealed = [];
    private long _lastSequence;
    private PersonIdentities _identities = PersonIdentities.None;
    private int _rows;

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Brings the index up to date and searches it, under one lock: adding records is not safe beside a search, and a
    /// search takes milliseconds.
    /// </summary>
    internal async Task<(IReadOnlyList<LocatorHit> Hits, HashSet<string> Sealed)> SearchAsync(
        RegistryDbContext db, IdentityRecord query, int limit, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var kept = _index is null ? -1 : await db.PersonRecords.CountAsync(r => r.Sequence <= _lastSequence, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var identities = PersonMerges.Load(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());
            if (_index is null || kept != _rows || !identities.SameAs(_identities))
            {
                (_index, _sealed, _lastSequence, _rows) = await LocateHandler.BuildAsync(db, cancellationToken, identities: identities);
                _identities = identities;
            }
            else
            {
                var (_, sealedPersons, last, added) = await LocateHandler.BuildAsync(db, cancellationToken, _index, _lastSequence, identities);
                (_sealed, _lastSequence, _rows) = (sealedPersons, last, _rows + added);
            }

            return (_index.Search(query, limit), _sealed);
        }
        finally
        {
            _lock.Release();
        }
    }
}
