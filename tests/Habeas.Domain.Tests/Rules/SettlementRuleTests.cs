using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class SettlementRuleTests
{
    private static readonly SettlementRule Rule = new();

    // Like the settlement protecting class members until their asylum applications are decided.
    private const string Settlement = """
        {"type":"instrument.recorded","id":"E-SET","instrument":"I-SET","scope":{"class":{"description":"class members","nationalities":["SV"]}},"kind":"settlement_protection","issuer":"U.S. District Court","case":"3:19-cv-01000","issued_at":"2024-11-25","occurred_at":"2024-11-25"}
        """;

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    [Fact]
    public void JudgeMove_RemovalOfAClassMember_Blocks()
    {
        var findings = Setting.Case(Setting.OrderToSv, Settlement, Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "SETTLEMENT", Severity.Block, "P-1", "E-REM", ["E-REM", "E-SET"]);
        Assert.Contains("U.S. District Court, 3:19-cv-01000", f.Citations);
    }

    [Fact]
    public void JudgeMove_RemovalOfSomeoneOutsideTheClass_Passes()
    {
        var findings = CaseBuilder.From(Setting.Facilities).Add("""
            {"type":"person.recorded","id":"E-REC","person":"P-1","given":"Rubén","surnames":["Fuentes"],"nationalities":["GT"]}
            """).Add(Settlement).Add(Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_SettlementEndedBeforeTheRemoval_Passes()
    {
        var findings = Setting.Case(Settlement, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-SET","reason":"expired","occurred_at":"2025-02-01"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_TransferWithinTheUnitedStates_Passes()
    {
        var findings = Setting.Case(Settlement, """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-10T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }
}
