using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class RefusedRequestRuleTests
{
    private static readonly RefusedRequestRule Rule = new();

    private const string Request = """
        {"type":"transfer.requested","id":"E-REQ","request":"R-1","persons":["P-1"],"from":"F-TX-1","country":"SV","planned_for":"2025-03-15T22:00:00Z","authority":"US-ICE","occurred_at":"2025-03-10T10:00:00Z"}
        """;

    private static string Decision(string decision) =>
        $$"""{"type":"transfer.decided","id":"E-DEC","request":"R-1","decision":"{{decision}}","findings":[{"rule":"PROTECTED-COUNTRY","citations":["8 U.S.C. 1231(b)(3)"]}],"occurred_at":"2025-03-10T10:00:00Z"}""";

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","request":"R-1","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    [Fact]
    public void JudgeMove_RemovalCarryingOutARefusedRequest_BlocksCitingTheRefusalsAuthorities()
    {
        var findings = Setting.Case(Request, Decision("refused"), Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "REFUSED-REQUEST", Severity.Block, "P-1", "E-REM", ["E-REM", "E-DEC"]);
        Assert.Contains("8 U.S.C. 1231(b)(3)", f.Citations);
    }

    [Fact]
    public void JudgeMove_RemovalCarryingOutAnApprovedRequest_Passes()
    {
        var findings = Setting.Case(Request, Decision("approved"), Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_RemovalNamingNoRequest_Passes()
    {
        var findings = Setting.Case(Request, Decision("refused"), Removal.Replace("\"request\":\"R-1\",", string.Empty, StringComparison.Ordinal))
            .Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }
}
