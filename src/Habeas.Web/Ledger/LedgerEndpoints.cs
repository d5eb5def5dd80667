using Habeas.Core.Ledger;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Web.Ledger;

/// <summary>
/// The tamper-evident log over HTTP, as <c>habeas checkpoint</c>, <c>proof</c> and <c>receipt</c> give it: the latest
/// signed checkpoint (a C2SP signed note, text), inclusion and consistency proofs (JSON, base64 hashes) and an event's
/// receipt (C2SP tlog-proof, text). A third party checks them without trusting this server (docs/ledger.md).
/// </summary>
internal static class LedgerEndpoints
{
    public static RouteGroupBuilder MapLedger(this RouteGroupBuilder group)
    {
        group.MapGet("/checkpoint", CheckpointAsync);
        group.MapGet("/proofs/inclusion/{sequence:long}", InclusionAsync);
        group.MapGet("/proofs/consistency", ConsistencyAsync);
        group.MapGet("/receipts/{sequence:long}", ReceiptAsync);
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CheckpointAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        using var proofs = await OpenAsync(db, cancellationToken);
        return await proofs.CheckpointAsync(null, cancellationToken) is { } note
            ? TypedResults.Text(note, "text/plain; charset=utf-8")
            : NoLog();
    }

    private static async Task<Results<Ok<InclusionProof>, ProblemHttpResult>> InclusionAsync(
        long sequence, [FromQuery] long? size, RegistryDbContext db, CancellationToken cancellationToken)
    {
        using var proofs = await OpenAsync(db, cancellationToken);
        var latest = await proofs.LatestSizeAsync(cancellationToken);
        return Proved(() => TypedResults.Ok(proofs.Inclusion(sequence, size ?? latest)), latest);
    }

    private static async Task<Results<Ok<ConsistencyProof>, ProblemHttpResult>> ConsistencyAsync(
        [FromQuery] long from, [FromQuery] long? to, RegistryDbContext db, CancellationToken cancellationToken)
    {
        using var proofs = await OpenAsync(db, cancellationToken);
        var latest = await proofs.LatestSizeAsync(cancellationToken);
        return Proved(() => TypedResults.Ok(proofs.Consistency(from, to ?? latest, latest)), latest);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiptAsync(long sequence, RegistryDbContext db, CancellationToken cancellationToken)
    {
        using var proofs = await OpenAsync(db, cancellationToken);
        var latest = await proofs.LatestSizeAsync(cancellationToken);
        if (await proofs.CheckpointAsync(latest, cancellationToken) is not { } note)
        {
            return NoLog();
        }

        return Proved(() => TypedResults.Text(proofs.Receipt(sequence, latest, note), "text/plain; charset=utf-8"), latest);
    }

    /// <summary>The proof, or a 400 naming what is out of range (an event beyond the latest checkpoint, sizes out of order).</summary>
    private static Results<T, ProblemHttpResult> Proved<T>(Func<T> prove, long latest)
        where T : IResult
    {
        if (latest == 0)
        {
            return NoLog();
        }

        try
        {
            return prove();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return TypedResults.Problem(title: "No such proof", detail: ex.Message.Split(" (Parameter")[0] + $" The latest checkpoint covers {latest} events.",
                statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The proofs read tiles through the connection directly: it is opened for the request (EF would open it per query).</summary>
    internal static async Task<LogProofs> OpenAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new LogProofs(db);
    }

    private static ProblemHttpResult NoLog() =>
        TypedResults.Problem(title: "No checkpoint yet", detail: "The log has no signed checkpoint: import events first (every import signs one).",
            statusCode: StatusCodes.Status404NotFound);
}
