using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// REMOVAL-ORDER: a removal needs a final removal order in effect. Removal to a country the order does not name is a
/// third-country removal: it needs written notice of that country and a chance to claim fear before it (flag; block
/// while an injunction requiring it covers the person). Removals under the Alien Enemies Act and treaty transfers
/// rest on other authority and are judged by AEA-NOTICE and TREATY-TRANSFER.
/// </summary>
public sealed class RemovalOrderRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "REMOVAL-ORDER",
        "A removal needs a final order; a third country needs notice",
        Severity.Block,
        "Blocks a removal, or a transfer of a civil detainee to a facility abroad, with no final_removal_order in force. Flags removal to a country the order does not name unless a " +
        "removal_notice naming that country was served before it; blocks it while an injunction for third-country removals covers the person.",
        ["8 U.S.C. 1231(a)", "8 U.S.C. 1229a(a)(3)", "8 U.S.C. 1231(b)(1)-(2)", "8 C.F.R. 1208.16"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        // A "transfer" of a civil detainee into a facility abroad needs the same authority as a removal; a sentenced
        // person's transfer abroad is a treaty transfer, judged by TREATY-TRANSFER.
        if (!move.Abroad || move.Kind == MoveKind.Custody || move.RemovalBasis is RemovalBasis.AlienEnemiesAct or RemovalBasis.TreatyTransfer ||
            (move.Kind == MoveKind.Transfer && (move.CustodyBasis == CustodyBasis.CriminalSentence ||
                history.HeldAt(move.At, move.Observed)?.Basis == CustodyBasis.CriminalSentence)))
        {
            yield break;
        }

        var orders = history.InForce(InstrumentKind.FinalRemovalOrder, move.At).ToArray();
        if (orders.Length == 0)
        {
            yield return Found(move, Severity.Block, $"No final removal order was in effect for {move.Person}; {Act(move)} had no lawful basis.", []);
            yield break;
        }

        var certain = orders.Where(o => o.InForce == Certainty.Certainly).ToArray();
        if (certain.Length == 0)
        {
            yield return Found(move, Severity.Block,
                $"The final removal order ({orders[0].Instrument.Recorded.Id}) may not yet have been in effect at {Act(move)}.",
                orders.SelectMany(o => o.Instrument.Facts), uncertain: true);
            yield break;
        }

        var named = certain.SelectMany(o => o.Instrument.Instrument.Countries).ToHashSet();
        if (named.Count == 0 || named.Contains(move.Destination))
        {
            yield break;
        }

        var notice = history.InForce(InstrumentKind.RemovalNotice, move.At)
            .Where(n => n.Instrument.Instrument.DestinationCountry == move.Destination)
            .Where(n => (n.Instrument.Instrument.ServedAt ?? n.Instrument.Instrument.OccurredAt) is { } served && Chronology.AtOrBefore(served, move.At) == Certainty.Certainly)
            .Select(n => n.Instrument).FirstOrDefault();
        if (notice is not null)
        {
            yield break;
        }

        var facts = certain.SelectMany(o => o.Instrument.Facts).ToArray();
        var ordered = string.Join(", ", named.Select(c => c.Value).Order(StringComparer.Ordinal));
        var injunction = history.InForce(InstrumentKind.Injunction, move).Concat(history.InForce(InstrumentKind.RestrainingOrder, move))
            .FirstOrDefault(i => i.Instrument.Instrument.Scope?.Class?.DestinationNotInOrder == true);
        if (injunction.Instrument is { } bar)
        {
            yield return Found(move, Severity.Block,
                $"{Capital(Act(move))} is to a third country (the order names {ordered}) with no written notice of {move.Destination.Value} served; injunction {bar.Recorded.Id} requires notice and a chance to claim fear first.",
                facts.Concat(bar.Facts), injunction.InForce == Certainty.Possibly, CaseOf(bar));
        }
        else
        {
            yield return Found(move, Severity.Flag,
                $"{Capital(Act(move))} is to a third country (the order names {ordered}); no written notice of {move.Destination.Value} and chance to claim fear is recorded.",
                facts);
        }
    }
}
