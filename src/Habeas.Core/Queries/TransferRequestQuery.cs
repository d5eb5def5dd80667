using System.Text.Json;
using Habeas.Core.Store;
using Habeas.Core.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Queries;

/// <summary>
/// Requested transfers and the registry's decisions on them (the gate's <c>transfer.decided</c>, with its findings), one
/// by id or a page at a time in the order they were requested.
/// </summary>
public sealed class TransferRequestQuery(RegistryDbContext db)
{
    /// <summary>The request with its decision, or null when no request has that id.</summary>
    public async Task<TransferView?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        var row = await db.TransferRequests.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        return row is null ? null : (await ViewsAsync([row], cancellationToken))[0];
    }

    /// <summary>Up to <paramref name="limit"/> requests recorded after sequence <paramref name="after"/>; <c>next</c> is null on the last page.</summary>
    public async Task<TransferPage> PageAsync(long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = await db.TransferRequests.AsNoTracking().Where(r => r.Sequence > after).OrderBy(r => r.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = await ViewsAsync(rows.Take(limit).ToArray(), cancellationToken);
        return new TransferPage(page, rows.Count > limit ? page[^1].Sequence : null);
    }

    private async Task<TransferView[]> ViewsAsync(IReadOnlyList<TransferRequestRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.RequestId).ToArray();
        var persons = (await db.TransferRequestPersons.AsNoTracking().Where(p => ids.Contains(p.RequestId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.RequestId, p => p.PersonId, StringComparer.Ordinal);
        var decidedAt = rows.Where(r => r.DecidedSequence is not null).Select(r => r.DecidedSequence!.Value).ToArray();
        var decisions = await db.Events.AsNoTracking().Where(e => decidedAt.Contains(e.Sequence)).ToDictionaryAsync(e => e.Sequence, e => e.Payload, cancellationToken);
        return rows.Select(r =>
        {
            var findings = r.DecidedSequence is { } s && decisions.TryGetValue(s, out var payload) && !Recording.Erasure.IsErased(payload)
                ? Findings(payload)
                : (JsonElement?)null;
            return new TransferView(r.RequestId, persons[r.RequestId].Order(StringComparer.Ordinal).ToArray(), r.FromFacilityId, r.ToFacilityId, r.Country,
                r.PlannedFor, r.Authority, r.Basis, r.Decision, findings, r.Sequence, r.DecidedSequence);
        }).ToArray();
    }

    private static JsonElement? Findings(string payload)
    {
        using var decided = JsonDocument.Parse(payload);
        return decided.RootElement.TryGetProperty("findings", out var findings) ? findings.Clone() : null;
    }
}

/// <summary>
/// A requested transfer: who, from where, to which facility or country, when, under whose authority, and the registry's
/// decision (null while pending) with the findings it rests on (as <c>habeas audit</c> writes them; null when the
/// decision was erased).
/// </summary>
public sealed record TransferView(
    string Request,
    IReadOnlyList<string> Persons,
    string? From,
    string? To,
    string? Country,
    string? PlannedFor,
    string? Authority,
    string? Basis,
    string? Decision,
    JsonElement? Findings,
    long Sequence,
    long? DecidedSequence);

/// <summary>A page of transfer requests; <c>next</c> is the cursor (<c>after</c>) of the next page, null at the end.</summary>
public sealed record TransferPage(IReadOnlyList<TransferView> Transfers, long? Next);
