using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Remedies;

/// <summary>
/// An obligation in the shape of DESIGN.md (<c>habeas obligations --format json</c>): id, order, person, action, owner,
/// due, status, evidence; and, added, whether it is one occurrence of a recurring requirement and its history.
/// </summary>
public sealed record ObligationView(string Id, string? Order, string Person, string Action, string? Owner, string? Due, string Status, IReadOnlyList<string> Evidence)
{
    public bool Recurring { get; init; }

    public IReadOnlyList<ObligationStep> History { get; init; } = [];

    public static ObligationView From(Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return new ObligationView(obligation.Id, obligation.Order, obligation.Person, SnakeCase.Name(obligation.Action), obligation.Owner, obligation.Due,
            obligation.Status, obligation.Evidence)
        {
            Recurring = obligation.Recurring,
            History = obligation.History,
        };
    }
}
