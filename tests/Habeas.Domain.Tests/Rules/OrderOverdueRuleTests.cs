using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class OrderOverdueRuleTests
{
    private static readonly OrderOverdueRule Rule = new();

    // Removed to El Salvador on 15 March; ordered on 4 April to facilitate the return by 8 April (03:59 UTC).
    private const string Ordered = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","case":"8:25-cv-00951","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"facilitate_return","due":"2025-04-08T03:59:00Z"}],"occurred_at":"2025-04-04T18:00:00Z"}
        """;

    [Fact]
    public void JudgeStanding_PastDueWithNoCompliance_Flags()
    {
        var findings = Setting.Case(Ordered).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        var f = FindingAssert.Single(findings, "ORDER-OVERDUE", Severity.Flag, "P-1", "E-ORD", ["E-ORD"]);
        Assert.Contains("U.S. District Court, 8:25-cv-00951", f.Citations);
        Assert.Contains("facilitate return", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeStanding_BeforeTheDueTime_Passes()
    {
        Assert.Empty(Setting.Case(Ordered).Standing(Rule, "P-1", "2025-04-07T00:00:00Z"));
    }

    [Fact]
    public void JudgeStanding_DateOnlyDueOnTheDayJudged_Passes()
    {
        var findings = Setting.Case("""
            {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","issued_at":"2025-04-04","requires":[{"action":"status_report","due":"2025-04-08"}],"occurred_at":"2025-04-04"}
            """).Standing(Rule, "P-1", "2025-04-08T23:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_ComplianceRecorded_Passes()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"order.complied","id":"E-DONE","order":"O-1","action":"facilitate_return","evidence":["declaration of 2025-04-10"],"occurred_at":"2025-04-10"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_ComplianceWithAnotherAction_StillFlags()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"order.complied","id":"E-DONE","order":"O-1","action":"status_report","occurred_at":"2025-04-10"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        FindingAssert.Single(findings, "ORDER-OVERDUE", Severity.Flag, "P-1", "E-ORD", ["E-ORD", "E-DONE"]);
    }

    [Fact]
    public void JudgeStanding_ComplianceRecordedAfterTheMomentJudged_Flags()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"order.complied","id":"E-DONE","order":"O-1","action":"facilitate_return","occurred_at":"2025-05-01"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        FindingAssert.Single(findings, "ORDER-OVERDUE", Severity.Flag, "P-1", "E-ORD", ["E-ORD", "E-DONE"]);
    }

    [Fact]
    public void JudgeStanding_PersonReturned_SatisfiesAReturnRequirement()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"person.returned","id":"E-BACK","person":"P-1","from":"F-SV-1","to":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-04-15T20:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_ReturnBeforeTheOrder_DoesNotSatisfyIt()
    {
        var findings = Setting.Case("""
            {"type":"person.returned","id":"E-BACK","person":"P-1","from":"F-SV-1","to":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-04-01T20:00:00Z"}
            """, Ordered).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        FindingAssert.Single(findings, "ORDER-OVERDUE", Severity.Flag, "P-1", "E-ORD", ["E-ORD"]);
    }

    [Fact]
    public void JudgeStanding_OrderVacated_DoesNotFlag()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"order.vacated","id":"E-VAC","order":"O-1","by":"U.S. Court of Appeals","occurred_at":"2025-04-06T12:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_OrderStayed_DoesNotFlag()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"order.stayed","id":"E-STAYED","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-07T12:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_AmendedWithALaterDue_Passes()
    {
        var findings = Setting.Case(Ordered, """
            {"type":"order.amended","id":"E-AMEND","order":"O-1","by":"U.S. District Court","requires":[{"action":"facilitate_return","due":"2025-05-01T00:00:00Z"}],"occurred_at":"2025-04-07T12:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        Assert.Empty(findings);
    }
}
