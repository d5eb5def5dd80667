using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// Something a court ordered done for a person (a requirement of an <c>order.issued</c>), or a remedy a blocking finding
/// opened, with who must act, by when, and where it stands at a moment: <c>open</c>, <c>due-soon</c> (within
/// <see cref="DueSoon"/>), <c>overdue</c>, <c>satisfied</c> (with the evidence), <c>superseded</c> (vacated, or replaced
/// by an amendment) or <c>stayed</c>. Recurring requirements (<c>every</c>) are judged by their first due date for now.
/// </summary>
public sealed record Obligation
{
    /// <summary>How close a due time makes an obligation <c>due-soon</c>.</summary>
    public static readonly TimeSpan DueSoon = TimeSpan.FromHours(48);

    public required string Id { get; init; }

    /// <summary>The court order, or null for a remedy a finding opened.</summary>
    public string? Order { get; init; }

    public required string Person { get; init; }

    public required OrderAction Action { get; init; }

    /// <summary>The authority that must act: the person's legal custodian when the order was issued (or who removed them).</summary>
    public string? Owner { get; init; }

    public string? Due { get; init; }

    public required string Status { get; init; }

    /// <summary>The events that satisfied it, by id.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The court obligations of the orders naming the person, as they stand at <paramref name="at"/>.</summary>
    public static IEnumerable<Obligation> Ordered(CaseHistory history, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(at);
        foreach (var order in history.Orders.Where(o => o.Names(history) && o.Start is { } s && s.Start <= at.Latest))
        {
            var current = order.RequiresAt(at);
            var vacated = order.Changes.Any(c => c.Event is OrderVacated && c.Event.OccurredAt is { } v && v.Start <= at.Latest);
            var owner = LegalCustodian(history, order.Start!);
            var requirements = order.Order.Requires.Select(r => (Requirement: r, Replaced: !current.Contains(r)))
                .Concat(current.Where(r => !order.Order.Requires.Contains(r)).Select(r => (Requirement: r, Replaced: false)));
            foreach (var (requirement, replaced) in requirements)
            {
                var evidence = SatisfiedBy(history, order, requirement.Action, at);
                var status = vacated || replaced ? "superseded"
                    : evidence.Length > 0 ? "satisfied"
                    : order.InForceAt(at) == Certainty.No ? "stayed"
                    : requirement.Due is not { } due ? "open"
                    : due.Latest < at.Latest ? "overdue"
                    : due.Start - at.Latest <= DueSoon ? "due-soon"
                    : "open";
                yield return new Obligation
                {
                    Id = $"OB/{order.Order.Order.Value}/{history.Person}/{SnakeCase.Name(requirement.Action)}",
                    Order = order.Order.Order.Value,
                    Person = history.Person,
                    Action = requirement.Action,
                    Owner = owner,
                    Due = requirement.Due?.Text,
                    Status = status,
                    Evidence = evidence,
                };
            }
        }
    }

    /// <summary>A remedy as an obligation (no court order; no due time: it is owed at once).</summary>
    public static Obligation From(Remedy remedy)
    {
        ArgumentNullException.ThrowIfNull(remedy);
        return new Obligation
        {
            Id = remedy.Id, Person = remedy.Person, Action = remedy.Action, Owner = remedy.Owner, Status = remedy.Status, Evidence = remedy.Evidence,
        };
    }

    /// <summary>
    /// The events that met <paramref name="action"/> of <paramref name="order"/> by <paramref name="at"/>: an
    /// <c>order.complied</c> for it, or, for a return, the person's return after the order.
    /// </summary>
    internal static string[] SatisfiedBy(CaseHistory history, OrderState order, OrderAction action, TimeValue at)
    {
        bool Before(RecordedFact f) => f.Event.OccurredAt is null || f.Event.OccurredAt.Start <= at.Latest;
        var complied = order.Changes.Where(c => c.Event is OrderComplied oc && (oc.Action is null || oc.Action == action) && Before(c)).Select(c => c.Id);
        var returned = action is OrderAction.Return or OrderAction.FacilitateReturn
            ? history.Facts.Where(f => f.Event is PersonReturned && Before(f) && order.Start is { } issued && f.Event.OccurredAt!.Start >= issued.Start).Select(f => f.Id)
            : [];
        return complied.Concat(returned).ToArray();
    }

    /// <summary>The legal custodian named by the person's last custody event at or before <paramref name="at"/>.</summary>
    private static string? LegalCustodian(CaseHistory history, TimeValue at) =>
        history.ByValidTime.Where(f => f.Event.OccurredAt!.Start <= at.Latest).Select(f => f.Event switch
        {
            CustodyBegan b => b.Authority,
            CustodyTransferred t => t.Authority,
            PersonRemoved r => r.Authority,
            CustodyHandedOver h => h.Authority,
            PersonReturned r => r.Authority,
            _ => null,
        }).LastOrDefault(a => a is not null);
}
