using System.Collections.Concurrent;
using Habeas.Core.Store;
using Habeas.Core.Queries;

namespace Habeas.Web;

/// <summary>
/// Answers that are a function of the log (and, for some, of the hour) kept until the log grows: the dashboard's and the
/// obligations board's audit, the review queue. Each costs hundreds of milliseconds to compute on the demo registry and
/// is asked for far more often than the registry changes. Whether it changed is one indexed read (the last sequence);
/// answers that depend on the clock (what is overdue now) are also kept no longer than their time to live.
/// </summary>
public sealed class LogVersionCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The answer kept under <paramref name="key"/> when it was computed at the log's current version less than
    /// <paramref name="timeToLive"/> ago; otherwise <paramref name="compute"/>'s, kept. Two requests arriving together
    /// may both compute it (the answers are equal); the later is kept.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(
        string key, RegistryDbContext db, TimeSpan timeToLive, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var version = await EventLogQuery.VersionAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && now - entry.At < timeToLive && entry.Value is T kept)
        {
            return kept;
        }

        var value = await compute(cancellationToken);
        _entries[key] = new Entry(version, now, value);
        return value;
    }

    /// <summary>True when the answer kept under <paramref name="key"/> was computed at log version <paramref name="version"/>.</summary>
    public bool IsCurrent(string key, long version) => _entries.TryGetValue(key, out var entry) && entry.Version == version;

    private sealed record Entry(long Version, DateTimeOffset At, object Value);
}
