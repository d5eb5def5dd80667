using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>PROTECTION-CLAIM: a removal while an asylum application or a claim to withholding or CAT protection is pending (flag).</summary>
public sealed class ProtectionClaimRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "PROTECTION-CLAIM",
        "No removal ahead of a pending claim for protection",
        Severity.Flag,
        "Flags a removal while an asylum_application or protection_claim naming the person is pending (recorded and not ended).",
        ["8 U.S.C. 1158(a)", "8 U.S.C. 1231(b)(3)", "Convention Against Torture, art. 3"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (!move.Abroad)
        {
            yield break;
        }

        var pending = history.InForce(InstrumentKind.AsylumApplication, move.At).Concat(history.InForce(InstrumentKind.ProtectionClaim, move.At)).ToArray();
        if (pending.Length > 0)
        {
            yield return Found(move, Severity.Flag,
                $"{move.Person}'s claim for protection ({pending[0].Instrument.Recorded.Id}) was pending at {Act(move)}.",
                pending.SelectMany(p => p.Instrument.Facts), pending.All(p => p.InForce == Certainty.Possibly));
        }
    }
}
