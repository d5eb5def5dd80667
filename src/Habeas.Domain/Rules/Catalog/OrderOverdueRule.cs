using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// ORDER-OVERDUE: a court order in force whose requirement is past due with no compliance recorded. A return
/// requirement is met by the person's return; any requirement by an <c>order.complied</c> for its action.
/// </summary>
public sealed class OrderOverdueRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "ORDER-OVERDUE",
        "Court orders are obeyed on time",
        Severity.Flag,
        "Flags each requirement of an order in force naming the person whose due time has certainly passed with no compliance recorded.",
        ["18 U.S.C. 401(3)"]);

    public override IEnumerable<Finding> JudgeStanding(CaseHistory history, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(at);
        foreach (var order in history.Orders.Where(o => o.Names(history)))
        {
            if (order.InForceAt(at) == Certainty.No)
            {
                continue;
            }

            foreach (var requirement in order.RequiresAt(at))
            {
                if (requirement.Due is not { } due || due.Latest >= at.Latest || Met(history, order, requirement.Action, at))
                {
                    continue;
                }

                yield return Found(history.Person, order.Issued, at, Severity.Flag,
                    $"Order {order.Order.Order.Value} required {SnakeCase.Name(requirement.Action).Replace('_', ' ')} for {history.Person} by {due.Text}; no compliance is recorded.",
                    order.Changes, CaseOf(order), SnakeCase.Name(requirement.Action));
            }
        }
    }

    private static bool Met(CaseHistory history, OrderState order, OrderAction action, TimeValue at) =>
        Obligation.SatisfiedBy(history, order, action, at).Length > 0;
}
