namespace Habeas.Domain.Rules.Catalog;

/// <summary>CAPACITY: a book-in or transfer that takes a facility above its registered capacity (flag, with the occupancy after).</summary>
public sealed class CapacityRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "CAPACITY",
        "No facility beyond its capacity",
        Severity.Flag,
        "Flags a book-in or transfer that leaves the receiving facility holding more persons than its registered capacity.",
        ["8 U.S.C. 1231(g)(1)"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        if (move.Kind == MoveKind.Removal || history.Facility(move.To) is not { Capacity: { } capacity } facility)
        {
            yield break;
        }

        // A recorded arrival is already counted at its own instant; a proposal adds the persons it moves.
        if (history.PopulationAt(facility.Id, move.At.Start) is not { } population)
        {
            yield break;
        }

        var after = move.Observed is null ? population + move.Arriving : population;
        if (after > capacity)
        {
            yield return Found(move, Severity.Flag,
                $"{Capital(Act(move))} leaves {facility.Id} holding {after} persons against a capacity of {capacity}.", []);
        }
    }
}
