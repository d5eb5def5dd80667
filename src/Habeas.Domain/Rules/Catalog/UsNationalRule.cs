using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// US-NATIONAL: a U.S. citizen or national may not be removed or sent to a facility outside the United States, and
/// may not be held in civil immigration custody, which reaches only aliens. No override exists (DESIGN.md invariant 5).
/// </summary>
public sealed class UsNationalRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "US-NATIONAL",
        "A U.S. citizen or national may not be removed or sent abroad",
        Severity.Block,
        "Blocks any removal, or transfer to a facility outside the U.S., of a person holding a us_citizenship or us_national " +
        "instrument, and their civil immigration custody. No override exists.",
        ["U.S. Const. amend. XIV, § 1", "Afroyim v. Rusk, 387 U.S. 253 (1967)", "8 U.S.C. 1101(a)(22)"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        var status = history.InForce(InstrumentKind.UsCitizenship, move.At).Concat(history.InForce(InstrumentKind.UsNational, move.At)).ToArray();
        if (status.Length == 0)
        {
            yield break;
        }

        var what = status[0].Instrument.Kind == InstrumentKind.UsCitizenship ? "a U.S. citizen" : "a U.S. national";
        var uncertain = status.All(s => s.InForce == Certainty.Possibly);
        if (move.Abroad)
        {
            yield return Found(move, Severity.Block,
                $"{move.Person} is {what} ({status[0].Instrument.Recorded.Id}); {Act(move)} sends them out of the United States, which no authority permits.",
                status.SelectMany(s => s.Instrument.Facts), uncertain);
        }
        else if ((move.CustodyBasis ?? history.HeldAt(move.At, move.Observed)?.Basis) == CustodyBasis.CivilImmigration)
        {
            yield return Found(move, Severity.Block,
                $"{move.Person} is {what} ({status[0].Instrument.Recorded.Id}); civil immigration custody reaches only aliens, so {Act(move)} has no lawful basis.",
                status.SelectMany(s => s.Instrument.Facts), uncertain, ["8 U.S.C. 1357(a)"]);
        }
    }
}
