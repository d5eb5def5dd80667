using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Habeas.Web;

/// <summary>
/// The locator is public and answers "where is this person": without a limit, anyone could walk the registry name by
/// name. Each client address may ask it <c>Habeas:Locator:RequestsPerMinute</c> times a minute (120 unless configured;
/// 0 turns the limit off, as the load benchmark does); past that, a 429 problem says when to try again.
/// </summary>
internal static class RateLimits
{
    public const string Locator = "locator";

    public const int DefaultLocatorPerMinute = 120;

    public static IServiceCollection AddHabeasRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Habeas:Locator:RequestsPerMinute", DefaultLocatorPerMinute);
        if (perMinute < 0)
        {
            throw new InvalidOperationException($"Habeas:Locator:RequestsPerMinute: expected 0 (no limit) or more, got {perMinute}.");
        }

        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Locator, http => perMinute == 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(title: "Too many look-ups",
                    detail: $"This address asked the locator more than {perMinute} times in a minute; try again in {seconds} s.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
    }
}
