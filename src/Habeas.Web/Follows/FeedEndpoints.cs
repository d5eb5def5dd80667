using Habeas.Core.Notifications;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Follows;

/// <summary>A follower's Atom feed at <c>/feeds/{token}</c>: the token, given when a follow is made, is the only key to it.</summary>
internal static class FeedEndpoints
{
    public static RouteGroupBuilder MapFeeds(this RouteGroupBuilder group)
    {
        group.MapGet("/{token}", GetFeed);
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetFeed(string token, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var feed = await FollowerFeed.ByTokenAsync(db, token, cancellationToken);
        return feed is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such feed", detail: "No follow has this feed token; habeas follows lists the follows.")
            : TypedResults.Text(feed, "application/atom+xml; charset=utf-8");
    }
}
