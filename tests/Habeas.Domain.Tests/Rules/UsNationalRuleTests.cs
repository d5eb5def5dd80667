using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

public sealed class UsNationalRuleTests
{
    private static readonly UsNationalRule Rule = new();

    private const string Citizen = """
        {"type":"person.recorded","id":"E-REC","person":"P-2","given":"Tomás","surnames":["Ibarra"],"dob":"1985-11-30","birth_country":"US","nationalities":["US"]}
        {"type":"instrument.recorded","id":"E-CIT","instrument":"I-CIT","person":"P-2","kind":"us_citizenship","evidence":["birth_certificate"],"issuer":"State vital records","occurred_at":"1985-12-05"}
        """;

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-2","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    private static CaseBuilder Case(params string[] more)
    {
        var builder = CaseBuilder.From(Setting.Facilities).Add(Citizen);
        foreach (var lines in more)
        {
            builder.Add(lines);
        }

        return builder;
    }

    [Fact]
    public void JudgeMove_RemovalOfACitizen_Blocks()
    {
        var findings = Case(Removal).Judge(Rule, "P-2", "E-REM");

        var f = FindingAssert.Single(findings, "US-NATIONAL", Severity.Block, "P-2", "E-REM", ["E-REM", "E-CIT"]);
        Assert.Contains("U.S. Const. amend. XIV, § 1", f.Citations);
        Assert.Contains("a U.S. citizen", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_RemovalOfACitizenWithAFinalRemovalOrder_StillBlocks()
    {
        // No override (DESIGN.md invariant 5): an order of removal does not make a citizen removable.
        var builder = Case("""
            {"type":"instrument.recorded","id":"E-FRO","instrument":"I-FRO","person":"P-2","kind":"final_removal_order","countries":["SV"],"issuer":"Immigration Court","issued_at":"2024-05-02","occurred_at":"2024-05-02"}
            """, Removal);

        FindingAssert.Single(builder.Judge(Rule, "P-2", "E-REM"), "US-NATIONAL", Severity.Block, "P-2", "E-REM", ["E-REM", "E-CIT"]);
        var (history, move) = builder.MoveOf("P-2", "E-REM");
        Assert.Equal("block", RuleBook.Verdict(new RuleBook().Judge(history, move)));
    }

    [Fact]
    public void JudgeMove_TransferOfACitizenToAPrisonAbroad_Blocks()
    {
        var findings = Case("""
            {"type":"custody.transferred","id":"E-XFER","person":"P-2","from":"F-TX-1","to":"F-SV-1","authority":"US-ICE","basis":"criminal_sentence","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-2", "E-XFER");

        FindingAssert.Single(findings, "US-NATIONAL", Severity.Block, "P-2", "E-XFER", ["E-XFER", "E-CIT"]);
    }

    [Fact]
    public void JudgeMove_CivilImmigrationCustodyOfACitizen_Blocks()
    {
        var findings = Case("""
            {"type":"custody.began","id":"E-BEGAN","person":"P-2","facility":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-01T15:00:00Z"}
            """).Judge(Rule, "P-2", "E-BEGAN");

        var f = FindingAssert.Single(findings, "US-NATIONAL", Severity.Block, "P-2", "E-BEGAN", ["E-BEGAN", "E-CIT"]);
        Assert.Contains("8 U.S.C. 1357(a)", f.Citations);
    }

    [Fact]
    public void JudgeMove_CriminalCustodyOfACitizen_Passes()
    {
        var findings = Case("""
            {"type":"custody.began","id":"E-BEGAN","person":"P-2","facility":"F-JAIL","authority":"US-COUNTY","basis":"criminal_pretrial","occurred_at":"2025-03-01T15:00:00Z"}
            """).Judge(Rule, "P-2", "E-BEGAN");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_UsNational_BlocksAsANational()
    {
        var findings = CaseBuilder.From(Setting.Facilities).Add("""
            {"type":"person.recorded","id":"E-REC","person":"P-2","given":"Sione","surnames":["Tuilagi"],"birth_country":"AS"}
            {"type":"instrument.recorded","id":"E-NAT","instrument":"I-NAT","person":"P-2","kind":"us_national","occurred_at":"1990-01-01"}
            """).Add(Removal).Judge(Rule, "P-2", "E-REM");

        var f = FindingAssert.Single(findings, "US-NATIONAL", Severity.Block, "P-2", "E-REM", ["E-REM", "E-NAT"]);
        Assert.Contains("a U.S. national", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_RemovalOfANonCitizen_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void Description_SaysNoOverrideExists()
    {
        Assert.Equal(Severity.Block, Rule.Description.Severity);
        Assert.Contains("No override exists", Rule.Description.Checks, StringComparison.Ordinal);
        Assert.True(Rule.InForceAt(TimeValue.Parse("1868-07-09")));
    }
}
