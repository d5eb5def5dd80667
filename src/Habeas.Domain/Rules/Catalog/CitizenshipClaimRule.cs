using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// CITIZENSHIP-CLAIM: an unresolved claim or evidence of U.S. citizenship — a citizenship_claim instrument, or a
/// source recording U.S. nationality or birth in the U.S. — flags civil immigration custody and blocks removal or
/// transfer abroad until resolved (a us_citizenship instrument, then US-NATIONAL applies; or a claim ended
/// resolved_not_citizen).
/// </summary>
public sealed class CitizenshipClaimRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "CITIZENSHIP-CLAIM",
        "An unresolved claim of U.S. citizenship stops removal",
        Severity.Block,
        "A citizenship_claim in force, or a record of U.S. nationality or U.S. birth, not resolved: flags civil immigration " +
        "custody; blocks removal or transfer abroad until the claim is resolved.",
        ["8 U.S.C. 1252(b)(5)", "Ng Fung Ho v. White, 259 U.S. 276 (1922)", "U.S. Const. amend. XIV, § 1"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (history.InForce(InstrumentKind.UsCitizenship, move.At).Any() || history.InForce(InstrumentKind.UsNational, move.At).Any())
        {
            yield break; // proven: US-NATIONAL judges it
        }

        var claims = history.InForce(InstrumentKind.CitizenshipClaim, move.At).ToArray();
        var resolvedNotCitizen = history.Instruments.Any(i => i.Kind == InstrumentKind.CitizenshipClaim &&
            i.Ended?.Event is InstrumentEnded { Reason: EndReason.ResolvedNotCitizen } e && e.OccurredAt is { } at &&
            Chronology.AtOrBefore(at, move.At) == Certainty.Certainly);
        var records = resolvedNotCitizen
            ? []
            : history.Records.Where(r => r.Record.Nationalities.Contains(CountryCode.UnitedStates) || r.Record.BirthCountry == CountryCode.UnitedStates).ToArray();
        if (claims.Length == 0 && records.Length == 0)
        {
            yield break;
        }

        var facts = claims.SelectMany(c => c.Instrument.Facts).Concat(records.Select(r => r.Fact)).ToArray();
        var evidence = claims.Length > 0
            ? $"a claim of U.S. citizenship ({claims[0].Instrument.Recorded.Id}) is unresolved"
            : $"a source records {(records[0].Record.BirthCountry == CountryCode.UnitedStates ? "birth in the United States" : "U.S. nationality")} ({records[0].Fact.Id}) and no finding has resolved it";
        var uncertain = claims.Length > 0 && records.Length == 0 && claims.All(c => c.InForce == Certainty.Possibly);
        if (move.Abroad)
        {
            yield return Found(move, Severity.Block,
                $"For {move.Person}, {evidence}; {Act(move)} must wait until the claim is decided.", facts, uncertain);
        }
        else if (move.CustodyBasis == CustodyBasis.CivilImmigration || (move.Kind != MoveKind.Custody && history.HeldAt(move.At)?.Basis == CustodyBasis.CivilImmigration))
        {
            yield return Found(move, Severity.Flag,
                $"For {move.Person}, {evidence}; civil immigration custody of a possible citizen needs the claim investigated now.", facts, uncertain);
        }
    }
}
