using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// What a blocking finding on a recorded removal opens (DESIGN.md invariant 4): an obligation on the legal custodian
/// who removed the person to facilitate their return, linked to the findings, open until the person is returned.
/// Court orders about the return (facilitate_return, return) are listed beside it: they do not close it, the return does.
/// </summary>
public sealed record Remedy
{
    public required string Person { get; init; }

    /// <summary>The removal (or transfer abroad) the remedy answers, by event id.</summary>
    public required string Removal { get; init; }

    public long? Sequence { get; init; }

    /// <summary>The blocking findings, by id.</summary>
    public required IReadOnlyList<string> Findings { get; init; }

    /// <summary><c>facilitate_return</c>: the least a wrongful removal requires.</summary>
    public OrderAction Action { get; init; } = OrderAction.FacilitateReturn;

    /// <summary>The legal custodian who removed the person, who must act.</summary>
    public string? Owner { get; init; }

    /// <summary>When the obligation arose: the removal's valid time.</summary>
    public required string Since { get; init; }

    /// <summary><c>open</c> or <c>satisfied</c> (the person was returned).</summary>
    public required string Status { get; init; }

    /// <summary>The return that satisfied it, by event id.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Court orders requiring the person's return, by order id.</summary>
    public IReadOnlyList<string> Orders { get; init; } = [];

    /// <summary><c>REMEDY/{person}/{removal}</c>: stable.</summary>
    public string Id => $"REMEDY/{Person}/{Removal}";

    /// <summary>The remedies a person's audit findings open, as of <paramref name="at"/>.</summary>
    public static IReadOnlyList<Remedy> Opened(CaseHistory history, IEnumerable<Finding> findings, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(at);
        var remedies = new List<Remedy>();
        var blocks = findings.Where(f => f.Severity == Severity.Block && f.Sequence is not null).ToLookup(f => f.Sequence!.Value);
        foreach (var move in history.ObservedMoves(at).Where(m => m.Abroad && m.Kind != MoveKind.Custody && blocks.Contains(m.Observed!.Sequence)))
        {
            var removal = move.Observed!;
            var returned = history.Facts.FirstOrDefault(f => f.Event is PersonReturned && f.Event.OccurredAt is { } t &&
                t.Start >= move.At.Start && t.Start <= at.Latest);
            var orders = history.Orders
                .Where(o => o.Names(history) && o.Start is { } issued && issued.Latest >= move.At.Start &&
                            o.RequiresAt(at).Any(r => r.Action is OrderAction.FacilitateReturn or OrderAction.Return))
                .Select(o => o.Order.Order.Value).ToArray();
            remedies.Add(new Remedy
            {
                Person = history.Person,
                Removal = removal.Id,
                Sequence = removal.Sequence,
                Findings = blocks[removal.Sequence].Select(f => f.Id).ToArray(),
                Owner = move.Authority,
                Since = move.At.Text,
                Status = returned is null ? "open" : "satisfied",
                Evidence = returned is null ? [] : [returned.Id],
                Orders = orders,
            });
        }

        return remedies;
    }
}
