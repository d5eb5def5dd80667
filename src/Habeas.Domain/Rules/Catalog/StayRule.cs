using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// STAY: a stay of removal, restraining order or injunction in force whose scope covers the person (by id, or a class
/// such as "designated under the Alien Enemies Act and held in district D") blocks removal and transfer abroad; a
/// court order requiring that transfers halt (halt_transfer, no_transfer) also blocks transfers within the U.S.
/// Injunctions that only require notice before third-country removals are judged by REMOVAL-ORDER.
/// </summary>
public sealed class StayRule : Rule
{
    private static readonly InstrumentKind[] Bars = [InstrumentKind.StayOfRemoval, InstrumentKind.RestrainingOrder, InstrumentKind.Injunction];

    public override RuleDescription Description { get; } = new(
        "STAY",
        "No removal while a stay, restraining order or injunction covers the person",
        Severity.Block,
        "A stay_of_removal, restraining_order or injunction in force covering the person (by id or class) blocks removal and transfer " +
        "abroad; an order requiring halt_transfer or no_transfer also blocks transfers within the U.S. Times are compared to the minute.",
        ["Nken v. Holder, 556 U.S. 418 (2009)", "Fed. R. Civ. P. 65(d)(2)", "18 U.S.C. 401(3)"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (move.Kind == MoveKind.Custody)
        {
            yield break;
        }

        if (move.Abroad)
        {
            foreach (var kind in Bars)
            {
                foreach (var (bar, inForce) in history.InForce(kind, move))
                {
                    if (bar.Instrument.Scope?.Class?.DestinationNotInOrder == true ||
                        (bar.Instrument.Countries.Count > 0 && !bar.Instrument.Countries.Contains(move.Destination)))
                    {
                        continue;
                    }

                    yield return Found(move, Severity.Block,
                        $"A {SnakeCase.Name(kind).Replace('_', ' ')} ({bar.Recorded.Id}, from {bar.Start?.Text ?? "its recording"}) covers {move.Person}; {Act(move)} is barred while it stands.",
                        bar.Facts, inForce == Certainty.Possibly, CaseOf(bar), bar.Instrument.Instrument.Value);
                }
            }
        }

        foreach (var (order, inForce) in history.OrdersInForce(move))
        {
            if (order.BarsTransfer(move.At))
            {
                yield return Found(move, Severity.Block,
                    $"Order {order.Order.Order.Value} of {order.Start?.Text ?? "an unrecorded date"} requires that {move.Person} not be moved; {Act(move)} disobeys it.",
                    [order.Issued, .. order.Changes], inForce == Certainty.Possibly, CaseOf(order), order.Order.Order.Value);
            }
        }
    }
}
