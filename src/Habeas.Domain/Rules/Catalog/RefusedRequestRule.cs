using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// REFUSED-REQUEST: a recorded transfer or removal that carries out a request the registry refused. The act is
/// recorded (it happened) and is a violation in itself, whatever else the audit finds (DESIGN.md invariant 4).
/// </summary>
public sealed class RefusedRequestRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "REFUSED-REQUEST",
        "A refused transfer request is not carried out",
        Severity.Block,
        "Blocks a recorded custody.transferred or person.removed naming (`request`) a transfer request the registry refused.",
        ["the authorities of the refusal's own findings"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        var request = move.Observed?.Event switch
        {
            CustodyTransferred t => t.Request,
            PersonRemoved r => r.Request,
            _ => null,
        };
        if (request is not { } id || history.Decision(id.Value) is not { Event: TransferDecided { Decision: TransferDecision.Refused } refusal } decision)
        {
            yield break;
        }

        yield return Found(move, Severity.Block,
            $"{Capital(Act(move))} carries out request {id.Value}, which the registry refused ({decision.Id}) because the rules forbade it.",
            [decision], citations: refusal.Citations);
    }
}
