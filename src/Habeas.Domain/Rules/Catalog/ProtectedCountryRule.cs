using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// PROTECTED-COUNTRY: withholding of removal or protection under the Convention Against Torture for country X bars
/// removal to X and transfer to a facility in X.
/// </summary>
public sealed class ProtectedCountryRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "PROTECTED-COUNTRY",
        "No removal to a country the person is protected from",
        Severity.Block,
        "A withholding_of_removal or cat_protection in force for country X blocks removal to X and transfer to a facility in X.",
        ["8 U.S.C. 1231(b)(3)", "8 C.F.R. 1208.16", "8 C.F.R. 1208.17", "Convention Against Torture, art. 3"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (!move.Abroad)
        {
            yield break;
        }

        foreach (var kind in new[] { InstrumentKind.WithholdingOfRemoval, InstrumentKind.CatProtection })
        {
            foreach (var (protection, inForce) in history.InForce(kind, move))
            {
                var countries = protection.Instrument.Countries;
                var name = kind == InstrumentKind.WithholdingOfRemoval ? "withholding of removal" : "protection under the Convention Against Torture";
                if (countries.Contains(move.Destination))
                {
                    yield return Found(move, Severity.Block,
                        $"{move.Person} holds {name} for {move.Destination.Value} ({protection.Recorded.Id}, {protection.Start?.Text ?? "date not recorded"}); {Act(move)} is barred.",
                        protection.Facts, inForce == Certainty.Possibly, CaseOf(protection), protection.Instrument.Instrument.Value);
                }
                else if (countries.Count == 0)
                {
                    yield return Found(move, Severity.Flag,
                        $"{move.Person} holds {name} ({protection.Recorded.Id}) recorded without its country; {Act(move)} needs the grant checked.",
                        protection.Facts, inForce == Certainty.Possibly, CaseOf(protection), protection.Instrument.Instrument.Value);
                }
            }
        }
    }
}
