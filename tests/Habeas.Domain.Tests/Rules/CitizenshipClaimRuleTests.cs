using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class CitizenshipClaimRuleTests
{
    private static readonly CitizenshipClaimRule Rule = new();

    private const string Claim = """
        {"type":"instrument.recorded","id":"E-CLAIM","instrument":"I-CLAIM","person":"P-1","kind":"citizenship_claim","evidence":["birth_certificate"],"occurred_at":"2025-03-02"}
        """;

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    private const string Transfer = """
        {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-10T12:00:00Z"}
        """;

    private const string BornInUs = """
        {"type":"person.recorded","id":"E-REC2","person":"P-1","given":"Marta","surnames":["Ruiz"],"birth_country":"US","source":{"name":"county birth index"}}
        """;

    [Fact]
    public void JudgeMove_RemovalWhileClaimUnresolved_Blocks()
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim, Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Block, "P-1", "E-REM", ["E-REM", "E-CLAIM"]);
        Assert.Contains("8 U.S.C. 1252(b)(5)", f.Citations);
    }

    [Fact]
    public void JudgeMove_CivilCustodyWhileClaimUnresolved_Flags()
    {
        var findings = Setting.Case(Claim, Transfer).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Flag, "P-1", "E-XFER", ["E-XFER", "E-CLAIM"]);
    }

    [Fact]
    public void JudgeMove_CivilBookInWhileClaimUnresolved_Flags()
    {
        var findings = Setting.Case(Claim, """
            {"type":"custody.began","id":"E-BEGAN2","person":"P-1","facility":"F-LA-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-05T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-BEGAN2");

        FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Flag, "P-1", "E-BEGAN2", ["E-BEGAN2", "E-CLAIM"]);
    }

    [Fact]
    public void JudgeMove_CriminalCustodyWhileClaimUnresolved_IsNotItsConcern()
    {
        var findings = Setting.Case(Claim, """
            {"type":"custody.began","id":"E-BEGAN2","person":"P-1","facility":"F-JAIL","authority":"US-COUNTY","basis":"criminal_pretrial","occurred_at":"2025-03-05T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-BEGAN2");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ClaimResolvedNotCitizenBeforeTheRemoval_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-CLAIM","reason":"resolved_not_citizen","occurred_at":"2025-03-12"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ClaimResolvedNotCitizenAfterTheRemoval_Blocks()
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim, Removal, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-CLAIM","reason":"resolved_not_citizen","occurred_at":"2025-03-20"}
            """).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Block, "P-1", "E-REM", ["E-REM", "E-CLAIM", "E-END"]);
    }

    [Fact]
    public void JudgeMove_ClaimResolvedOnTheDayOfTheRemoval_BlocksUncertain()
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-CLAIM","reason":"resolved_not_citizen","occurred_at":"2025-03-15"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Block, "P-1", "E-REM", ["E-REM", "E-CLAIM", "E-END"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_RecordOfBirthInTheUnitedStates_BlocksRemoval()
    {
        var findings = Setting.Case(Setting.OrderToSv, BornInUs, Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Block, "P-1", "E-REM", ["E-REM", "E-REC2"]);
        Assert.Contains("birth in the United States", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_RecordOfUsNationality_BlocksRemoval()
    {
        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"person.recorded","id":"E-REC2","person":"P-1","given":"Marta","surnames":["Ruiz"],"nationalities":["US","SV"]}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "CITIZENSHIP-CLAIM", Severity.Block, "P-1", "E-REM", ["E-REM", "E-REC2"]);
        Assert.Contains("U.S. nationality", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_RecordOfUsBirthWithClaimResolvedNotCitizen_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, BornInUs, Claim, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-CLAIM","reason":"resolved_not_citizen","occurred_at":"2025-03-12"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_CitizenshipProven_LeavesItToUsNational()
    {
        var findings = Setting.Case(Claim, """
            {"type":"instrument.recorded","id":"E-CIT","instrument":"I-CIT","person":"P-1","kind":"us_citizenship","evidence":["court_finding"],"occurred_at":"2025-03-05"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_NoClaimAndForeignRecords_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }
}
