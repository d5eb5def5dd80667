using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// HABEAS-PENDING: while a habeas petition is pending, a transfer or removal needs the court's leave: flagged, and
/// blocked when an order bars moving the person.
/// </summary>
public sealed class HabeasPendingRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "HABEAS-PENDING",
        "A pending habeas petition: moving the person needs the court",
        Severity.Block,
        "Flags any transfer or removal while a habeas_petition is pending; blocks it when an order in force bars moving the person.",
        ["28 U.S.C. 2241", "Fed. R. App. P. 23(a)", "Ex parte Endo, 323 U.S. 283 (1944)"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (move.Kind == MoveKind.Custody)
        {
            yield break;
        }

        var petitions = history.InForce(InstrumentKind.HabeasPetition, move).ToArray();
        if (petitions.Length == 0)
        {
            yield break;
        }

        var petition = petitions[0].Instrument;
        var bars = history.OrdersInForce(move).Where(o => o.Order.BarsTransfer(move.At)).ToArray();
        var uncertain = petitions.All(p => p.InForce == Certainty.Possibly);
        if (bars.Length > 0)
        {
            yield return Found(move, Severity.Block,
                $"{move.Person}'s habeas petition ({petition.Recorded.Id}) is pending and order {bars[0].Order.Order.Order.Value} bars moving them; {Act(move)} defeats the court's jurisdiction.",
                petition.Facts.Concat(bars.Select(b => b.Order.Issued)), uncertain, CaseOf(petition).Concat(CaseOf(bars[0].Order)));
        }
        else
        {
            yield return Found(move, Severity.Flag,
                $"{move.Person}'s habeas petition ({petition.Recorded.Id}) is pending; {Act(move)} needs the court's leave and notice to counsel.",
                petition.Facts, uncertain, CaseOf(petition));
        }
    }
}
