using System.CommandLine;
using System.Globalization;
using Habeas.Core.Notifications;
using Habeas.Core.Store;

namespace Habeas.Cli.Commands;

/// <summary>
/// Following and alerts (issue #6): <c>follow</c>, <c>unfollow</c>, <c>follows</c>, <c>feed</c> and <c>deliver</c>, the
/// process that sends the outbox's webhooks and e-mail.
/// </summary>
internal static class FollowCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Follow(context);
        yield return Unfollow(context);
        yield return List(context);
        yield return Feed(context);
        yield return Deliver(context);
    }

    private static Command Follow(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "person, facility, order or manifest (a transfer request or a flight's transport id)." };
        var id = new Argument<string>("id") { Description = "What to follow: P-1, F-TX-1, O-1, R-7, FLIGHT-1." };
        var follower = new Option<string>("--follower") { Description = "Who follows (a name; one feed per follower).", Required = true };
        var webhook = new Option<string?>("--webhook") { Description = "Also POST each notification here, signed (the secret is shown once)." };
        var email = new Option<string?>("--email") { Description = "Also e-mail each notification (HABEAS_SMTP=smtp://host:port)." };
        var command = new Command("follow", "Follow a person, facility, order or manifest: every new event about it becomes a notification.");
        command.Arguments.Add(kind);
        command.Arguments.Add(id);
        command.Options.Add(follower);
        command.Options.Add(webhook);
        command.Options.Add(email);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            try
            {
                var row = await Follows.AddAsync(db, parse.GetValue(follower)!, parse.GetValue(kind)!, parse.GetValue(id)!, parse.GetValue(webhook), parse.GetValue(email), context.Time, ct);
                if (GlobalOptions.IsJson(parse))
                {
                    context.WriteJson(new
                    {
                        follow = row.FollowId, follower = row.Follower, kind = row.Kind, id = row.Target, webhook = row.WebhookUrl,
                        webhook_secret = row.WebhookSecret, email = row.Email, feed_token = row.FeedToken,
                    });
                    return ExitCodes.Success;
                }

                context.Output.WriteLine($"{row.Follower} follows {row.Kind} {row.Target}: {row.FollowId}. Feed: habeas feed --follower \"{row.Follower}\", or /feeds/{row.FeedToken} when served.");
                if (row.WebhookSecret is { } secret)
                {
                    context.Output.WriteLine($"Webhook secret (shown once; verify {WebhookSignature.SignatureHeader} with it): {secret}");
                }

                return ExitCodes.Success;
            }
            catch (ArgumentException ex)
            {
                return context.Fail(ex.Message);
            }
        });
        return command;
    }

    private static Command Unfollow(CliContext context)
    {
        var id = new Argument<string>("follow") { Description = "The follow's id (FW-…)." };
        var command = new Command("unfollow", "End a follow; its notifications not yet delivered are not sent.");
        command.Arguments.Add(id);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            if (!await Follows.RemoveAsync(db, parse.GetValue(id)!, ct))
            {
                return context.Fail($"no follow '{parse.GetValue(id)}'. List them with: habeas follows");
            }

            context.Output.WriteLine($"{parse.GetValue(id)} ended.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var follower = new Option<string?>("--follower") { Description = "Only this follower's." };
        var command = new Command("follows", "The follows, with where their notifications go (secrets are not shown).");
        command.Options.Add(follower);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            var follows = (await Follows.ListAsync(db, parse.GetValue(follower), ct))
                .Select(f => new { follow = f.FollowId, follower = f.Follower, kind = f.Kind, id = f.Target, webhook = f.WebhookUrl, email = f.Email })
                .ToArray();
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { follows });
                return ExitCodes.Success;
            }

            foreach (var f in follows)
            {
                context.Output.WriteLine($"{f.follow}  {f.follower} follows {f.kind} {f.id}{(f.webhook is null ? string.Empty : " → " + f.webhook)}{(f.email is null ? string.Empty : " → " + f.email)}");
            }

            context.Output.WriteLine($"{follows.Length:N0} follows.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Feed(CliContext context)
    {
        var follower = new Option<string>("--follower") { Description = "Whose feed.", Required = true };
        var command = new Command("feed", "A follower's notifications as an Atom feed, newest first.");
        command.Options.Add(follower);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            await using var db = await RegistryDatabase.OpenAsync(location, ct);
            context.Output.WriteLine(await FollowerFeed.ByFollowerAsync(db, parse.GetValue(follower)!, ct));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Deliver(CliContext context)
    {
        var once = new Option<bool>("--once") { Description = "One pass over what is due, then exit (default: keep delivering until stopped)." };
        var retry = new Option<int>("--retry-base") { Description = "Milliseconds to wait after a first failure (doubled each time; default 2000).", DefaultValueFactory = _ => 2000 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a receiver may take (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("deliver", "Send the notifications waiting in the outbox (signed webhooks and e-mail, retried with back-off, at least once), and watch the followed obligations for changes time alone makes.");
        command.Options.Add(once);
        command.Options.Add(retry);
        command.Options.Add(timeout);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (parse.GetValue(retry) < 1 || parse.GetValue(timeout) < 1)
            {
                return context.Fail("--retry-base and --timeout: expected a positive number.");
            }

            if (Options(context, TimeSpan.FromMilliseconds(parse.GetValue(retry)), TimeSpan.FromSeconds(parse.GetValue(timeout))) is not { } options)
            {
                return ExitCodes.BadInput;
            }

            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            using var http = new HttpClient();
            var dispatcher = new NotificationDispatcher(location, http, context.Time, options);
            if (parse.GetValue(once))
            {
                await dispatcher.WatchAsync(ct);
                var (tried, delivered) = await dispatcher.DeliverDueAsync(ct);
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{delivered:N0} of {tried:N0} notifications delivered."));
                return ExitCodes.Success;
            }

            context.Error.WriteLine("Delivering notifications; stop with Ctrl+C.");
            try
            {
                await dispatcher.RunAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The dispatcher's settings, with the SMTP server from <c>HABEAS_SMTP</c>; null (after saying why) when it is not a URL.</summary>
    internal static DispatchOptions? Options(CliContext context, TimeSpan retryBase, TimeSpan timeout)
    {
        Uri? smtp = null;
        if (context.Environment("HABEAS_SMTP") is { Length: > 0 } text &&
            (!Uri.TryCreate(text, UriKind.Absolute, out smtp) || smtp.Scheme is not ("smtp" or "smtps")))
        {
            context.Fail($"HABEAS_SMTP: expected smtp://host:port or smtps://host:port, got \"{text}\".");
            return null;
        }

        return DispatchOptions.Default with
        {
            RetryBase = retryBase, RequestTimeout = timeout, Smtp = smtp, MailFrom = context.Environment("HABEAS_SMTP_FROM") ?? DispatchOptions.Default.MailFrom,
        };
    }
}
