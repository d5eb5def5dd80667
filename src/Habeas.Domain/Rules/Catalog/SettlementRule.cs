using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>SETTLEMENT: a court-approved settlement protecting the person (e.g. until an asylum application is decided) blocks removal.</summary>
public sealed class SettlementRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "SETTLEMENT",
        "No removal against a court-approved settlement",
        Severity.Block,
        "A settlement_protection in force covering the person (by id or class) blocks removal and transfer abroad.",
        ["Fed. R. Civ. P. 23(e)", "18 U.S.C. 401(3)"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (!move.Abroad)
        {
            yield break;
        }

        foreach (var (settlement, inForce) in history.InForce(InstrumentKind.SettlementProtection, move))
        {
            yield return Found(move, Severity.Block,
                $"A court-approved settlement ({settlement.Recorded.Id}) protects {move.Person}; {Act(move)} breaches it.",
                settlement.Facts, inForce == Certainty.Possibly, CaseOf(settlement), settlement.Instrument.Instrument.Value);
        }
    }
}
