using Habeas.Core.Notifications;
using Habeas.Core.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Habeas.Web.Follows;

/// <summary>Delivers the outbox while the server runs (the same dispatcher as <c>habeas deliver</c>).</summary>
internal sealed partial class DeliveryService(RegistryLocation location, DispatchOptions options, IHttpClientFactory http, TimeProvider time, ILogger<DeliveryService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dispatcher = new NotificationDispatcher(location, http.CreateClient("webhooks"), time, options);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                // The registry busy or not migrated yet: say so and try again, never stop delivering for good.
                Failed(log, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering notifications failed: {Reason}; trying again in 5 s.")]
    private static partial void Failed(ILogger logger, string reason);
}
