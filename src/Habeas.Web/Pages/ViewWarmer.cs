using Habeas.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Habeas.Web.Pages;

/// <summary>
/// Computes the dashboard, the obligations board and the review queue again soon after the log changes, so that a
/// reader finds them ready (each judges every person: ~0.6 s on the demo registry) instead of waiting for them. It looks
/// every few seconds and works only when the log grew, so its cost follows the registry's writes, never the clock.
/// </summary>
internal sealed partial class ViewWarmer(IServiceScopeFactory scopes, LogVersionCache cache, RegistryLocation location, TimeProvider time, ILogger<ViewWarmer> log)
    : BackgroundService
{
    /// <summary>How often the log's version is looked at.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private long _warmedAt = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await WarmAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                // The registry busy or not migrated yet: the pages compute what they need themselves meanwhile.
                Failed(log, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var version = await Core.Queries.EventLogQuery.VersionAsync(db, cancellationToken);
        if (version == _warmedAt)
        {
            return;
        }

        await PageEndpoints.DashboardNowAsync(cache, db, location, time, cancellationToken);
        await PageEndpoints.ObligationsNowAsync(null, cache, db, location, time, cancellationToken);
        await PageEndpoints.ReviewsNowAsync(cache, db, cancellationToken);
        _warmedAt = version;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing the dashboard failed: {Reason}; the pages compute it when asked.")]
    private static partial void Failed(ILogger logger, string reason);
}
