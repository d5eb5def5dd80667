using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// Something a court ordered done for a person (a requirement of an <c>order.issued</c>), or a remedy a blocking finding
/// opened, with who must act, by when, and where it stands at a moment: <c>open</c>, <c>due-soon</c> (within
/// <see cref="DueSoon"/>), <c>overdue</c>, <c>satisfied</c> (with the evidence), <c>superseded</c> (vacated, or replaced
/// by an amendment) or <c>stayed</c>. A recurring requirement (<c>every</c>) is one obligation per occurrence. Each
/// carries its history: the order's events and the evidence that moved it.
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
            var owner = LegalCustodian(history, order.Start!);
            var requirements = order.Order.Requires.Select(r => (Requirement: r, Replaced: !current.Contains(r)))
                .Concat(current.Where(r => !order.Order.Requires.Contains(r)).Select(r => (Requirement: r, Replaced: false)));
            foreach (var (requirement, replaced) in requirements)
            {
                var context = new Owed(history, order, requirement, owner, at, Min(order.VacatedAt(at), replaced ? order.ReplacedAt(requirement, at) : null));
                var occurrences = requirement.Every is { } every && IsoDuration.TryParse(every, out var period)
                    ? context.Occurrences(period)
                    : [context.Once()];
                foreach (var obligation in occurrences)
                {
                    yield return obligation;
                }
            }
        }
    }

    /// <summary>The most occurrences of one recurring requirement listed (a report every minute for a year is not a list).</summary>
    public const int MaxOccurrences = 2000;

    /// <summary>Status reports and the like (<c>every</c>): each occurrence due one period after the last.</summary>
    public bool Recurring { get; init; }

    /// <summary>The order's events and the evidence up to the moment asked, in valid-time order: how it came to stand where it does.</summary>
    public IReadOnlyList<ObligationStep> History { get; init; } = [];

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>One requirement of one order for one person, as owed at a moment.</summary>
    private sealed class Owed(CaseHistory history, OrderState order, Requirement requirement, string? owner, TimeValue at, DateTimeOffset? endedAt)
    {
        private readonly IReadOnlyList<(DateTimeOffset From, DateTimeOffset? Until)> _stays = order.Stays(at);

        /// <summary>
        /// A requirement owed once. A stay suspends its deadline: the due time moves later by the time the order spent
        /// stayed before it (while still stayed, the status is <c>stayed</c>).
        /// </summary>
        public Obligation Once()
        {
            var evidence = SatisfiedBy(history, order, requirement.Action, at);
            var suspended = requirement.Due is { } original ? Suspended(original.Start) : TimeSpan.Zero;
            var status = endedAt is not null ? "superseded"
                : evidence.Length > 0 ? "satisfied"
                : order.InForceAt(at) == Certainty.No ? "stayed"
                : requirement.Due is not { } due ? "open"
                : due.Latest + suspended < at.Latest ? "overdue"
                : due.Start + suspended - at.Latest <= DueSoon ? "due-soon"
                : "open";
            return New($"OB/{order.Order.Order.Value}/{history.Person}/{SnakeCase.Name(requirement.Action)}",
                suspended == TimeSpan.Zero ? requirement.Due?.Text : Instant(requirement.Due!.Latest + suspended), status, evidence, recurring: false);
        }

        /// <summary>
        /// A recurring requirement: one obligation per occurrence due by the moment asked and the next one to come. The
        /// first is due at <c>due</c> (or one period after the order), each next one a period later. An
        /// <c>order.complied</c> for the action satisfies the occurrence whose period it falls in (after the previous due
        /// time, up to its own); a period without one is missed (<c>overdue</c>) for good — a late report counts for the
        /// next. An occurrence due while the order was stayed is not owed (<c>stayed</c>); the first due after the order
        /// was vacated or the requirement replaced is <c>superseded</c>, and the list ends there.
        /// </summary>
        public IEnumerable<Obligation> Occurrences(IsoDuration period)
        {
            var first = requirement.Due?.Latest ?? period.AddTo(order.Start!.Start);
            var dated = requirement.Due is { Precision: TimePrecision.Date } && period.WholeDays;
            var complied = order.Changes.Where(c => c.Event is OrderComplied oc && (oc.Action is null || oc.Action == requirement.Action) &&
                                                     c.Event.OccurredAt is { } t && t.Start <= at.Latest).ToArray();
            var opened = order.Start!.Start;
            for (var k = 0; k < MaxOccurrences; k++)
            {
                var due = period.AddTo(first, k);
                var window = opened;
                var evidence = complied.Where(c => c.Event.OccurredAt!.Start > window && c.Event.OccurredAt.Start <= due).Select(c => c.Id).ToArray();
                var stayedThen = _stays.Any(s => s.From <= due && (s.Until is not { } until || due < until));
                var upcoming = due > at.Latest;
                var status = endedAt is { } ended && ended < due ? "superseded"
                    : evidence.Length > 0 ? "satisfied"
                    : !upcoming ? (stayedThen ? "stayed" : "overdue")
                    : order.InForceAt(at) == Certainty.No ? "stayed"
                    : due - at.Latest <= DueSoon ? "due-soon"
                    : "open";
                var text = dated ? due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : Instant(due);
                yield return New($"OB/{order.Order.Order.Value}/{history.Person}/{SnakeCase.Name(requirement.Action)}/{text}", text, status, evidence, recurring: true);
                if (upcoming || status == "superseded")
                {
                    yield break;
                }

                opened = due;
            }
        }

        /// <summary>How long the order was stayed before <paramref name="due"/>, the deadline moving later with each stay.</summary>
        private TimeSpan Suspended(DateTimeOffset due)
        {
            var total = TimeSpan.Zero;
            foreach (var (from, until) in _stays.OrderBy(s => s.From))
            {
                if (from < due + total)
                {
                    total += (until ?? at.Latest) - from;
                }
            }

            return total;
        }

        private Obligation New(string id, string? due, string status, string[] evidence, bool recurring) => new()
        {
            Id = id,
            Order = order.Order.Order.Value,
            Person = history.Person,
            Action = requirement.Action,
            Owner = owner,
            Due = due,
            Status = status,
            Evidence = evidence,
            Recurring = recurring,
            History = Steps(evidence),
        };

        private ObligationStep[] Steps(string[] evidence)
        {
            var evidenceIds = evidence.ToHashSet(StringComparer.Ordinal);
            var facts = new[] { order.Issued }
                .Concat(order.Changes.Where(c => c.Event is not OrderComplied || evidenceIds.Contains(c.Id)))
                .Concat(history.Facts.Where(f => evidenceIds.Contains(f.Id)))
                .Where(f => f.Event.OccurredAt is not { } t || t.Start <= at.Latest)
                .DistinctBy(f => f.Sequence);
            return facts.OrderBy(f => f.Event.OccurredAt?.Start ?? DateTimeOffset.MinValue).ThenBy(f => f.Sequence)
                .Select(f => new ObligationStep(f.Id, f.Event.Type, f.Event.OccurredAt?.Text)).ToArray();
        }

        private static string Instant(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
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

/// <summary>An event in an obligation's history: its id, type and valid time.</summary>
public sealed record ObligationStep(string Event, string Type, string? At);
