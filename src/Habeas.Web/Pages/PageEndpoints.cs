using System.Globalization;
using System.Text;
using System.Text.Json;
using Habeas.Core.Identity;
using Habeas.Core.Import;
using Habeas.Core.Queries;
using Habeas.Core.Screening;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Web.Pages;

/// <summary>
/// The server-rendered pages (issue #7, first ones): the public locator at <c>/</c> and a person's printable case file at
/// <c>/persons/{id}</c>, in English or Spanish (Accept-Language, or <c>?culture=es</c>). No script; the stylesheet is
/// served by the app itself, so that the pages work from a plain build.
/// </summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        // Pages, not API: left out of the OpenAPI document.
        app.MapGet("/", LocatorAsync).ExcludeFromDescription().RequireRateLimiting(RateLimits.Locator);
        app.MapGet("/persons/{id}", PersonAsync).ExcludeFromDescription();
        app.MapGet("/screen", ScreenFormAsync).ExcludeFromDescription();
        app.MapPost("/screen", ScreenAsync).ExcludeFromDescription();
        app.MapGet("/reviews", ReviewsAsync).ExcludeFromDescription();
        app.MapGet("/obligations", ObligationsAsync).ExcludeFromDescription();
        app.MapGet("/dashboard", DashboardAsync).ExcludeFromDescription();
        app.MapGet("/facilities/{id}", FacilityAsync).ExcludeFromDescription();
        app.MapPost("/persons/{id}/follow", FollowAsync).ExcludeFromDescription();
        app.MapGet("/ledger", LedgerAsync).ExcludeFromDescription();
        app.MapPost("/ledger/receipt", CheckReceiptAsync).ExcludeFromDescription();
        app.MapPost("/ledger/verify", VerifyAsync).ExcludeFromDescription();
        app.MapGet("/agreements/{id}", AgreementAsync).ExcludeFromDescription();
        app.MapGet("/rules", () => new RazorComponentResult<RulesPage>(
            new Dictionary<string, object?> { ["Rules"] = new RuleBook().Rules.Select(Core.Audit.RuleView.From).ToArray() })).ExcludeFromDescription();
        app.MapPost("/reviews", DecideAsync).ExcludeFromDescription();
        app.MapGet("/culture", SwitchLanguage).ExcludeFromDescription();
        app.MapGet("/import", () => new RazorComponentResult<ImportPage>()).ExcludeFromDescription();
        app.MapPost("/import", ImportAsync).ExcludeFromDescription();
        app.MapGet("/assets/site.css", () => TypedResults.Text(SiteCss.Text, "text/css; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static async Task<RazorComponentResult<LocatorPage>> LocatorAsync(
        [FromQuery] string? name, [FromQuery] string? dob, [FromQuery] string? country, RegistryDbContext db, LocatorCache cache, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["Name"] = name, ["Dob"] = dob, ["Country"] = country };
        if (!string.IsNullOrWhiteSpace(name))
        {
            try
            {
                parameters["Candidates"] = await new LocateHandler(db, cache, time).HandleAsync(new LocateQuery(name, dob, country, null, 10, Public: true), cancellationToken);
            }
            catch (ArgumentException ex)
            {
                parameters["Error"] = ex.Message;
            }
        }

        return new RazorComponentResult<LocatorPage>(parameters);
    }

    private static async Task<RazorComponentResult<PersonPage>> PersonAsync(
        string id, [FromQuery(Name = "as_of")] string? asOf, RegistryDbContext db, CancellationToken cancellationToken)
    {
        // A time that does not read shows the file as it is now (the API answers 400 instead).
        _ = AsOfParameter.TryParse(asOf, out var moment, out _);

        var file = await new CaseFileQuery(db).GetAsync(id, moment, cancellationToken);
        return new RazorComponentResult<PersonPage>(new Dictionary<string, object?> { ["File"] = file }) { StatusCode = file is null ? 404 : 200 };
    }

    private static async Task<RazorComponentResult<ScreeningPage>> ScreenFormAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        new(new Dictionary<string, object?> { ["Facilities"] = await FacilitiesAsync(db, cancellationToken) });

    /// <summary>
    /// The upload (antiforgery-checked, as every form post): screened with the same handler as <c>habeas screen</c>, shown
    /// as a table, or returned as the CSV the command writes.
    /// </summary>
    private static async Task<IResult> ScreenAsync(
        IFormFile? manifest, [FromForm] string? country, [FromForm] string? to, [FromForm] string? on, [FromForm] string? format,
        RegistryDbContext db, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["Facilities"] = await FacilitiesAsync(db, cancellationToken), ["Country"] = country, ["To"] = to, ["On"] = on,
        };
        if (manifest is null || manifest.Length == 0)
        {
            parameters["Errors"] = new[] { "manifest: expected a CSV file, got none." };
            return new RazorComponentResult<ScreeningPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (manifest.Length > MaxManifestBytes)
        {
            parameters["Errors"] = new[] { $"manifest: expected at most {MaxManifestBytes / 1024 / 1024} MiB, got {manifest.Length / 1024 / 1024} MiB." };
            return new RazorComponentResult<ScreeningPage>(parameters) { StatusCode = StatusCodes.Status413PayloadTooLarge };
        }

        // The CSV reader reads synchronously: the upload is buffered (a few MiB at most).
        using var buffered = new MemoryStream();
        await manifest.CopyToAsync(buffered, cancellationToken);
        buffered.Position = 0;
        var result = await new ScreeningHandler(location, new RuleBook(), time).HandleAsync(
            new ScreenCommand(manifest.FileName, string.IsNullOrWhiteSpace(to) ? null : to, string.IsNullOrWhiteSpace(country) ? null : country,
                string.IsNullOrWhiteSpace(on) ? null : on, null),
            () => buffered, cancellationToken);
        var csvName = Path.GetFileNameWithoutExtension(manifest.FileName) + "-screened.csv";
        switch (result)
        {
            case ScreenResult.Screened screened:
                var text = new StringWriter(CultureInfo.InvariantCulture);
                ScreeningCsv.Write(text, screened.Report);
                if (format == "csv")
                {
                    return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", csvName);
                }

                parameters["Report"] = screened.Report;
                parameters["Csv"] = text.ToString();
                parameters["CsvName"] = csvName;
                return new RazorComponentResult<ScreeningPage>(parameters);
            case ScreenResult.Invalid invalid:
                parameters["Errors"] = invalid.Errors.Take(50).ToArray();
                return new RazorComponentResult<ScreeningPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
            default:
                throw new InvalidOperationException($"Unhandled screening result {result.GetType().Name}.");
        }
    }

    private static async Task<RazorComponentResult<AgreementPage>> AgreementAsync(string id, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        var report = await new Core.Remedies.CapacityQuery(time).RunAsync(location, null, null, cancellationToken);
        var agreement = report?.Agreements.SingleOrDefault(a => a.Agreement == id);
        return new RazorComponentResult<AgreementPage>(new Dictionary<string, object?> { ["Agreement"] = agreement, ["WindowDays"] = report?.WindowDays ?? 0 })
        {
            StatusCode = agreement is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK,
        };
    }

    private static async Task<RazorComponentResult<LedgerPage>> LedgerAsync(
        [FromQuery] long? sequence, RegistryDbContext db, RegistryLocation location, CancellationToken cancellationToken) =>
        new(await LedgerParametersAsync(sequence, Core.Ledger.LedgerKeys.LoadVerifier(location.DataDirectory), db, cancellationToken));

    /// <summary>What a check says when the registry has no public key.</summary>
    private const string NoPublicKey = "This registry has no public key (ledger.pub) to check signatures with.";

    /// <summary>The checkpoint, the log's key and, for <paramref name="sequence"/>, the event's receipt and leaf hash.</summary>
    private static async Task<Dictionary<string, object?>> LedgerParametersAsync(
        long? sequence, Habeas.Ledger.NoteVerifier? key, RegistryDbContext db, CancellationToken cancellationToken)
    {
        using var proofs = await Ledger.LedgerEndpoints.OpenAsync(db, cancellationToken);
        var latest = await proofs.LatestSizeAsync(cancellationToken);
        var checkpoint = latest == 0 ? null : await proofs.CheckpointAsync(latest, cancellationToken);
        var parameters = new Dictionary<string, object?>
        {
            ["Checkpoint"] = checkpoint, ["Sequence"] = sequence, ["VerifierKey"] = key?.VerifierKey,
        };
        if (sequence is { } s && checkpoint is not null)
        {
            try
            {
                parameters["Receipt"] = proofs.Receipt(s, latest, checkpoint);
                parameters["LeafHash"] = proofs.Inclusion(s, latest).LeafHash;
            }
            catch (ArgumentOutOfRangeException ex)
            {
                parameters["Error"] = ex.Message.Split(" (Parameter")[0];
            }
        }

        return parameters;
    }

    /// <summary>
    /// A receipt someone holds, checked here: the checkpoint in it is signed by this registry's key, and the leaf hash is
    /// in that checkpoint's tree at the receipt's index (the same check anyone can run with the key alone).
    /// </summary>
    private static async Task<RazorComponentResult<LedgerPage>> CheckReceiptAsync(
        [FromForm] string? receipt, [FromForm] string? leaf, RegistryDbContext db, RegistryLocation location, CancellationToken cancellationToken)
    {
        var key = Core.Ledger.LedgerKeys.LoadVerifier(location.DataDirectory);
        var parameters = await LedgerParametersAsync(null, key, db, cancellationToken);
        parameters["ReceiptToCheck"] = receipt;
        parameters["LeafToCheck"] = leaf;
        (bool, string) verdict;
        try
        {
            var proof = Habeas.Ledger.TlogProof.Parse((receipt ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal));
            var leafHash = Convert.FromBase64String((leaf ?? string.Empty).Trim());
            verdict = key is null
                ? (false, NoPublicKey)
                : proof.Verify(leafHash, key)
                    ? (true, string.Format(CultureInfo.InvariantCulture,
                        "The receipt's checkpoint is signed by this registry's key, and the leaf is entry {0} of that tree: the event was in the log when the checkpoint was signed.", proof.Index))
                    : (false, "The receipt does not verify: either its checkpoint is not signed by this registry's key, or the leaf hash is not at its index in that tree.");
        }
        catch (FormatException ex)
        {
            verdict = (false, "The receipt or the leaf hash does not read: " + ex.Message);
        }

        parameters["Verdict"] = ((bool Holds, string Message)?)verdict;
        return new RazorComponentResult<LedgerPage>(parameters) { StatusCode = verdict.Item1 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>
    /// <c>habeas verify</c> from the page: every commitment, leaf and root recomputed from the stored events and checked
    /// against the signed checkpoints and, when one is pasted, that today's log extends a checkpoint kept earlier.
    /// </summary>
    private static async Task<RazorComponentResult<LedgerPage>> VerifyAsync(
        [FromForm] string? kept, RegistryDbContext db, RegistryLocation location, CancellationToken cancellationToken)
    {
        var key = Core.Ledger.LedgerKeys.LoadVerifier(location.DataDirectory);
        var parameters = await LedgerParametersAsync(null, key, db, cancellationToken);
        parameters["Kept"] = kept;
        var note = string.IsNullOrWhiteSpace(kept) ? null : kept.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        var result = key is null
            ? new Core.Ledger.VerifyResult(false, 0, null, NoPublicKey, 0, null)
            : await Core.Ledger.LogVerifier.VerifyAsync(location, key, note, [], 0, null, cancellationToken);
        parameters["Verdict"] = ((bool Holds, string Message)?)(result.Holds, result.Message);
        return new RazorComponentResult<LedgerPage>(parameters) { StatusCode = result.Holds ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>Follows the person from their page (no accounts yet: the follower gives a name, issue #8 brings accounts).</summary>
    private static async Task<RazorComponentResult<PersonPage>> FollowAsync(
        string id, [FromForm] string? follower, [FromForm] string? webhook, RegistryDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var file = await new CaseFileQuery(db).GetAsync(id, null, cancellationToken);
        var parameters = new Dictionary<string, object?> { ["File"] = file };
        if (file is null)
        {
            return new RazorComponentResult<PersonPage>(parameters) { StatusCode = StatusCodes.Status404NotFound };
        }

        try
        {
            parameters["Followed"] = await Core.Notifications.Follows.AddAsync(db, follower ?? string.Empty, "person", file.Person,
                string.IsNullOrWhiteSpace(webhook) ? null : webhook, null, time, cancellationToken);
            return new RazorComponentResult<PersonPage>(parameters);
        }
        catch (ArgumentException ex)
        {
            parameters["FollowError"] = ex.Message;
            return new RazorComponentResult<PersonPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    private static async Task<RazorComponentResult<FacilityPage>> FacilityAsync(string id, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        var report = await new Core.Remedies.CapacityQuery(time).RunAsync(location, id, null, cancellationToken);
        return new RazorComponentResult<FacilityPage>(new Dictionary<string, object?>
        {
            ["Facility"] = report is { Facilities: [var facility, ..] } ? facility : null, ["WindowDays"] = report?.WindowDays ?? 0,
            ["Agreements"] = report?.Agreements.Select(a => a.Agreement).ToArray() ?? [],
        }) { StatusCode = report is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK };
    }

    /// <summary>How long an answer that depends on the clock (what is overdue now) is kept while the log does not change.</summary>
    internal static readonly TimeSpan ClockBound = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The audit as of now and the overdue obligations, from one judging of every person, shared by the dashboard and its
    /// findings chart (kept a minute while the log does not change).
    /// </summary>
    internal static Task<Tuple<Core.Audit.AuditReport, IReadOnlyList<Core.Remedies.ObligationView>>> DashboardNowAsync(
        LogVersionCache cache, RegistryDbContext db, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync("dashboard", db, ClockBound, async ct =>
        {
            var (report, overdue) = await new Core.Audit.AuditQuery(new RuleBook(), time).RunWithObligationsAsync(location, null, "overdue", ct);
            return Tuple.Create(report, overdue);
        }, cancellationToken);

    internal static Task<Tuple<string, IReadOnlyList<Core.Remedies.ObligationView>>> ObligationsNowAsync(
        string? status, LogVersionCache cache, RegistryDbContext db, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync("obligations:" + status, db, ClockBound, async ct =>
        {
            var (at, obligations) = await new Core.Remedies.ObligationsQuery(new RuleBook(), time).RunAsync(location, null, status, ct);
            return Tuple.Create(at, obligations);
        }, cancellationToken);

    /// <summary>The dashboard: the registry's facts now, with the audit's block findings and the overdue obligations counted.</summary>
    private static async Task<RazorComponentResult<DashboardPage>> DashboardAsync(
        RegistryDbContext db, RegistryLocation location, TimeProvider time, LogVersionCache cache, CancellationToken cancellationToken)
    {
        var facts = await new DashboardQuery(db).GetAsync(cancellationToken);
        var (audit, overdue) = await DashboardNowAsync(cache, db, location, time, cancellationToken);
        var busiest = await db.CustodyPeriods.AsNoTracking().Where(p => p.UntilAt == null && p.FacilityId != null)
            .GroupBy(p => p.FacilityId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Facilities.AsNoTracking().OrderBy(f => f.FacilityId).Select(f => f.FacilityId).FirstOrDefaultAsync(cancellationToken);
        return new RazorComponentResult<DashboardPage>(new Dictionary<string, object?>
        {
            ["Facts"] = facts, ["BlockFindings"] = audit.Blocks, ["OverdueObligations"] = overdue.Count, ["BusiestFacility"] = busiest,
            ["UsNationalFindings"] = audit.Findings.Count(f => f.Rule == "US-NATIONAL" && f.Severity == "block"),
        });
    }

    private static async Task<RazorComponentResult<ObligationsPage>> ObligationsAsync(
        [FromQuery] string? status, RegistryDbContext db, RegistryLocation location, TimeProvider time, LogVersionCache cache, CancellationToken cancellationToken)
    {
        var wanted = status is not null && Core.Remedies.ObligationsQuery.Statuses.Contains(status) ? status : null;
        var (at, obligations) = await ObligationsNowAsync(wanted, cache, db, location, time, cancellationToken);
        return new RazorComponentResult<ObligationsPage>(new Dictionary<string, object?> { ["Obligations"] = obligations, ["AsOf"] = at, ["Status"] = wanted });
    }

    /// <summary>The review queue: a function of the log alone, kept until it changes (a decision made here changes it).</summary>
    private static async Task<RazorComponentResult<ReviewsPage>> ReviewsAsync(RegistryDbContext db, LogVersionCache cache, CancellationToken cancellationToken) =>
        new(new Dictionary<string, object?> { ["Pairs"] = await ReviewsNowAsync(cache, db, cancellationToken) });

    /// <summary>The review queue (a function of the log alone).</summary>
    internal static Task<IReadOnlyList<DuplicatePair>> ReviewsNowAsync(LogVersionCache cache, RegistryDbContext db, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync("reviews", db, TimeSpan.FromHours(1), async ct => (await DuplicatePersons.FindAsync(db, 0.9, ct)).Pairs, cancellationToken);

    /// <summary>
    /// A reviewer's decision, appended as an event through the import's checks: "same person" as <c>identity.merged</c>,
    /// "different people" as an <c>identity.split</c> naming the second person's first record and the first person (the
    /// pair then leaves the queue). Then back to the queue (post, redirect, get).
    /// </summary>
    private static async Task<IResult> DecideAsync(
        [FromForm] string? a, [FromForm] string? b, [FromForm] string? decision, RegistryDbContext db, RegistryLocation location, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var record = b is null ? null : await db.PersonRecords.AsNoTracking().Where(r => r.PersonId == b).OrderBy(r => r.Sequence).Select(r => (long?)r.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        string? line = (decision, a, b, record) switch
        {
            ("same", { } first, { } second, _) => JsonSerializer.Serialize(new
            {
                type = "identity.merged", persons = new[] { first, second }, reason = "reviewed: one person", occurred_at = now, source = new { name = ReviewSource },
            }),
            ("different", { } first, _, { } sequence) => JsonSerializer.Serialize(new
            {
                type = "identity.split", records = new[] { sequence.ToString(CultureInfo.InvariantCulture) }, person = first, reason = "reviewed: two people",
                occurred_at = now, source = new { name = ReviewSource },
            }),
            _ => null,
        };
        var result = line is null ? null : await LineBatch.AppendAsync(location, time, [line], ReviewSource, "web", cancellationToken);
        if (result is ImportResult.Imported)
        {
            return TypedResults.Redirect("/reviews");
        }

        var errors = result is ImportResult.Rejected rejected ? rejected.Errors : ["decision: expected same or different for two persons of the registry."];
        return new RazorComponentResult<ReviewsPage>(new Dictionary<string, object?>
        {
            ["Pairs"] = (await DuplicatePersons.FindAsync(db, 0.9, cancellationToken)).Pairs, ["Errors"] = errors,
        }) { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>
    /// An uploaded JSON Lines file, checked (a dry run: the import's checks, then rolled back) or imported whole, with the
    /// same error lines as <c>habeas import</c> naming the uploaded file.
    /// </summary>
    private static async Task<RazorComponentResult<ImportPage>> ImportAsync(
        IFormFile? events, [FromForm] string? source, [FromForm] string? mode, RegistryLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["Source"] = source };
        if (events is null || events.Length == 0)
        {
            parameters["Errors"] = new[] { "events: expected a JSON Lines file, got none." };
            return new RazorComponentResult<ImportPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
        }

        var name = Path.GetFileName(events.FileName);
        var check = mode != "import";
        var result = await LineBatch.AppendAsync(location, time, async file =>
        {
            if (events.Length > Registry.RegistryEndpoints.MaxBatchBytes)
            {
                return false;
            }

            await events.CopyToAsync(file, cancellationToken);
            return true;
        }, string.IsNullOrWhiteSpace(source) ? name : source.Trim(), "web", cancellationToken, check, name);
        switch (result)
        {
            case null:
                parameters["Errors"] = new[] { $"{name}: expected at most {Registry.RegistryEndpoints.MaxBatchBytes / 1024 / 1024} MiB; split the file, or use habeas import." };
                return new RazorComponentResult<ImportPage>(parameters) { StatusCode = StatusCodes.Status413PayloadTooLarge };
            case ImportResult.Checked dry:
                parameters["Summary"] = dry.Summary;
                return new RazorComponentResult<ImportPage>(parameters);
            case ImportResult.Imported imported:
                parameters["Summary"] = imported.Summary;
                parameters["Written"] = true;
                return new RazorComponentResult<ImportPage>(parameters);
            case ImportResult.AlreadyImported already:
                parameters["Message"] = string.Format(CultureInfo.InvariantCulture, "{0}: a file with the same SHA-256 was imported before (sequences {1}–{2}); nothing was added.",
                    name, already.FirstSequence, already.LastSequence);
                return new RazorComponentResult<ImportPage>(parameters);
            case ImportResult.Rejected rejected:
                parameters["Errors"] = rejected.Errors;
                parameters["ErrorCount"] = rejected.ErrorCount;
                return new RazorComponentResult<ImportPage>(parameters) { StatusCode = StatusCodes.Status400BadRequest };
            case ImportResult.ConcurrentWriter conflict:
                parameters["Errors"] = new[] { conflict.Message };
                return new RazorComponentResult<ImportPage>(parameters) { StatusCode = StatusCodes.Status409Conflict };
            default:
                throw new InvalidOperationException($"Unhandled import result {result.GetType().Name}.");
        }
    }

    /// <summary>
    /// The language switch: remembers the choice in the localisation cookie (a year) and goes back to the page it was
    /// made on — only ever a path of this site, never another site's address.
    /// </summary>
    private static RedirectHttpResult SwitchLanguage([FromQuery] string? to, [FromQuery] string? back, HttpContext context, TimeProvider time)
    {
        var culture = to is "es" ? "es" : "en";
        context.Response.Cookies.Append(
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new Microsoft.AspNetCore.Localization.RequestCulture(culture)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var local = back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal);
        return TypedResults.Redirect(local ? back! : "/");
    }

    /// <summary>The source name of decisions made on the review page.</summary>
    private const string ReviewSource = "habeas review";

    /// <summary>The largest manifest the page takes (as the API).</summary>
    private const long MaxManifestBytes = 16 * 1024 * 1024;

    private static async Task<IReadOnlyList<(string Id, string Name, string Country)>> FacilitiesAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        (await db.Facilities.AsNoTracking().OrderBy(f => f.FacilityId).Select(f => new { f.FacilityId, f.Name, f.Country }).ToListAsync(cancellationToken))
        .Select(f => (f.FacilityId, f.Name, f.Country)).ToArray();
}
