using Habeas.Domain.Rules.Catalog;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// The rule catalog and the ways it is applied: to one act (a gate on a request, a screening), and to a person's
/// whole recorded history as of a moment (an audit). Each rule is applied only to acts in the span of its dates in force.
/// </summary>
public sealed class RuleBook
{
    public RuleBook(RuleOptions? options = null)
    {
        Options = options ?? RuleOptions.Default;
        Rules =
        [
            new UsNationalRule(), new CitizenshipClaimRule(), new ProtectedCountryRule(), new StayRule(), new SettlementRule(),
            new RemovalOrderRule(), new AeaNoticeRule(Options), new HabeasPendingRule(), new TreatyTransferRule(), new CapacityRule(),
            new UnaccountedRule(Options), new MinorRule(Options), new OrderOverdueRule(), new ProtectionClaimRule(), new RefusedRequestRule(),
        ];
    }

    public RuleOptions Options { get; }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Every finding on one act, block findings first.</summary>
    public IReadOnlyList<Finding> Judge(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        return Rules.Where(r => r.InForceAt(move.At)).SelectMany(r => r.JudgeMove(history, move))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Rule, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The audit of one person: every recorded book-in, transfer and removal up to <paramref name="at"/>, judged as of
    /// its own time, and the person's standing situation at <paramref name="at"/>. In log order of the acts.
    /// </summary>
    public IReadOnlyList<Finding> Audit(CaseHistory history, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(at);
        var findings = new List<Finding>();
        foreach (var move in history.ObservedMoves(at))
        {
            findings.AddRange(Judge(history, move));
        }

        findings.AddRange(Rules.Where(r => r.InForceAt(at)).SelectMany(r => r.JudgeStanding(history, at)));
        return findings.OrderBy(f => f.Sequence ?? long.MaxValue).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The verdict of a set of findings: <c>block</c>, <c>flag</c> or <c>pass</c>.</summary>
    public static string Verdict(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var worst = findings.Select(f => (Severity?)f.Severity).DefaultIfEmpty(null).Max();
        return worst is { } s ? SnakeCase.Name(s) : "pass";
    }
}
