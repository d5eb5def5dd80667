using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// MINOR: a child's removal or transfer abroad, a child placed in a prison or jail, and a child held in immigration
/// custody beyond <see cref="RuleOptions.MinorCustodyLimit"/> are flagged. (A child who is a U.S. citizen is blocked by
/// US-NATIONAL.) Age is taken at its youngest the recorded birth dates allow.
/// </summary>
public sealed class MinorRule(RuleOptions options) : Rule
{
    public override RuleDescription Description { get; } = new(
        "MINOR",
        "Children: least restrictive custody, no removal without review",
        Severity.Flag,
        $"Flags the removal or transfer abroad of a person under 18, a child placed in a prison or jail, and a child held in immigration custody for more than {options.MinorCustodyLimit.TotalDays:0} days.",
        ["Flores v. Reno Settlement Agreement, No. CV 85-4544 (C.D. Cal. 1997)", "Flores v. Lynch, 828 F.3d 898 (9th Cir. 2016)", "8 U.S.C. 1232"],
        InForceFrom: new DateOnly(1997, 1, 17));

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (history.YoungestAgeAt(move.At) is not { } age || age >= 18)
        {
            yield break;
        }

        var records = history.Records.Select(r => r.Fact).ToArray();
        if (move.Abroad)
        {
            yield return Found(move, Severity.Flag,
                $"{move.Person} was {age} at {Act(move)}; a child's removal needs the child's own case reviewed, apart from any parent's.", records);
        }
        else if (history.Facility(move.To) is { Kind: FacilityKind.Prison or FacilityKind.Jail } facility)
        {
            yield return Found(move, Severity.Flag,
                $"{move.Person} was {age} when placed in {facility.Id}, a {SnakeCase.Name(facility.Kind!.Value)}; children must be held in the least restrictive setting.", records);
        }
    }

    public override IEnumerable<Finding> JudgeStanding(CaseHistory history, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(at);
        var began = history.Facts
            .Where(f => f.Event is CustodyBegan { Basis: CustodyBasis.CivilImmigration } && f.Event.OccurredAt!.Start <= at.Latest)
            .OrderBy(f => f.Event.OccurredAt!.Start).ThenBy(f => f.Sequence)
            .LastOrDefault();
        // Held at a facility in the United States: a child removed or handed over abroad is no longer in U.S. immigration custody.
        if (began is null || history.HeldAt(at) is not { Facility: { } facility } ||
            (history.Facility(facility)?.Country is { } country && country != CountryCode.UnitedStates) ||
            history.YoungestAgeAt(at) is not { } age || age >= 18)
        {
            yield break;
        }

        var held = at.Latest - began.Event.OccurredAt!.Latest;
        if (held > options.MinorCustodyLimit)
        {
            yield return Found(history.Person, began, at, Severity.Flag,
                $"{history.Person}, aged {age}, has been in immigration custody for {(int)held.TotalDays} days since {began.Event.OccurredAt!.Text}.",
                history.Records.Select(r => r.Fact));
        }
    }
}
