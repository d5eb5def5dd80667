using Habeas.Core.Notifications;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Follows;

/// <summary>
/// A follower's Atom feed at <c>/feeds/{token}</c> (the token, given when a follow is made, is the only key to it), and
/// the follows under <c>/api/v1/follows</c>: made (the webhook secret and feed token are in that answer only), listed,
/// ended — as <c>habeas follow</c>, <c>follows</c> and <c>unfollow</c>.
/// </summary>
internal static class FeedEndpoints
{
    public static RouteGroupBuilder MapFollows(this RouteGroupBuilder group)
    {
        group.MapPost("/", AddAsync);
        group.MapGet("/", ListAsync);
        group.MapDelete("/{id}", RemoveAsync);
        return group;
    }

    private static async Task<Results<Created<FollowMade>, ProblemHttpResult>> AddAsync(NewFollow follow, RegistryDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            var row = await Core.Notifications.Follows.AddAsync(db, follow.Follower ?? string.Empty, follow.Kind ?? string.Empty, follow.Id ?? string.Empty,
                follow.Webhook, follow.Email, time, cancellationToken);
            return TypedResults.Created($"/api/v1/follows/{row.FollowId}",
                new FollowMade(row.FollowId, row.Follower, row.Kind, row.Target, row.WebhookUrl, row.WebhookSecret, row.Email, row.FeedToken));
        }
        catch (ArgumentException ex)
        {
            return TypedResults.Problem(title: "The follow was not made", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Ok<FollowsView>> ListAsync([Microsoft.AspNetCore.Mvc.FromQuery] string? follower, RegistryDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new FollowsView((await Core.Notifications.Follows.ListAsync(db, follower, cancellationToken))
            .Select(f => new FollowView(f.FollowId, f.Follower, f.Kind, f.Target, f.WebhookUrl, f.Email)).ToArray()));

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string id, RegistryDbContext db, CancellationToken cancellationToken) =>
        await Core.Notifications.Follows.RemoveAsync(db, id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Follow not found", detail: $"No follow with id '{id}'.", statusCode: StatusCodes.Status404NotFound);

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

/// <summary>What to follow: <c>{"follower", "kind", "id", "webhook"?, "email"?}</c>.</summary>
internal sealed record NewFollow(string? Follower, string? Kind, string? Id, string? Webhook, string? Email);

/// <summary>A follow as made: the only answer that carries its webhook secret and feed token.</summary>
internal sealed record FollowMade(string Follow, string Follower, string Kind, string Id, string? Webhook, string? WebhookSecret, string? Email, string FeedToken);

/// <summary>A follow as listed (no secret, no token).</summary>
internal sealed record FollowView(string Follow, string Follower, string Kind, string Id, string? Webhook, string? Email);

/// <summary><c>{"follows": [...]}</c>.</summary>
internal sealed record FollowsView(IReadOnlyList<FollowView> Follows);
