using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class StayRuleTests
{
    private static readonly StayRule Rule = new();

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-05-07T10:20:00-04:00"}
        """;

    private static string Stay(string issuedAt, string extra = "") =>
        $$"""{"type":"instrument.recorded","id":"E-STAY","instrument":"I-STAY","person":"P-1","kind":"stay_of_removal","issuer":"U.S. Court of Appeals","case":"25-1"{{extra}},"issued_at":"{{issuedAt}}","occurred_at":"{{issuedAt}}"}""";

    [Fact]
    public void JudgeMove_StayIssuedEarlierTheSameDay_BlocksCertainly()
    {
        var findings = Setting.Case(Setting.OrderToSv, Stay("2025-05-07T09:52:00-04:00"), Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-STAY"]);
        Assert.Contains("U.S. Court of Appeals, 25-1", f.Citations);
        Assert.Contains("Nken v. Holder, 556 U.S. 418 (2009)", f.Citations);
    }

    [Fact]
    public void JudgeMove_StaySecondsAfterDepartureInTheSameMinute_BlocksUncertain()
    {
        var findings = Setting.Case(Setting.OrderToSv, Stay("2025-05-07T10:20:40-04:00"), """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-05-07T10:20:10-04:00"}
            """).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-STAY"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_DateOnlyStayOnTheDayOfATimedDeparture_BlocksUncertain()
    {
        var stay = """{"type":"instrument.recorded","id":"E-STAY","instrument":"I-STAY","person":"P-1","kind":"stay_of_removal","issuer":"U.S. Court of Appeals","case":"25-1","issued_at":"2025-05-07","occurred_at":"2025-05-07","tz":"America/New_York"}""";

        var findings = Setting.Case(Setting.OrderToSv, stay, Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-STAY"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_StayIssuedAfterTheDeparture_DoesNotBlock()
    {
        var findings = Setting.Case(Setting.OrderToSv, Stay("2025-05-07T10:21:00-04:00"), Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_StayVacatedBeforeTheDeparture_DoesNotBlock()
    {
        var findings = Setting.Case(Setting.OrderToSv, Stay("2025-05-01T09:00:00-04:00"), """
            {"type":"instrument.ended","id":"E-END","instrument":"I-STAY","reason":"vacated","occurred_at":"2025-05-06T16:00:00-04:00"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_StayVacatedAfterTheDeparture_StillBlocks()
    {
        var findings = Setting.Case(Setting.OrderToSv, Stay("2025-05-01T09:00:00-04:00"), Removal, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-STAY","reason":"vacated","occurred_at":"2025-05-08T16:00:00-04:00"}
            """).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-STAY", "E-END"]);
    }

    [Fact]
    public void JudgeMove_StayLimitedToAnotherCountry_DoesNotBlock()
    {
        var findings = Setting.Case(Setting.OrderToSv, Stay("2025-05-01T09:00:00-04:00", ",\"country\":\"VE\""), Removal)
            .Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_StayOfRemovalOnATransferWithinTheUnitedStates_DoesNotBlock()
    {
        var findings = Setting.Case(Stay("2025-05-01T09:00:00-04:00"), """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-05-07T10:20:00-04:00"}
            """).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }

    private const string NoTransferOrder = """
        {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","case":"1:25-cv-1","issued_at":"2025-04-01T12:00:00Z","requires":[{"action":"no_transfer"}],"occurred_at":"2025-04-01T12:00:00Z"}
        """;

    private const string Transfer = """
        {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-04-05T12:00:00Z"}
        """;

    [Fact]
    public void JudgeMove_OrderRequiringNoTransfer_BlocksATransferWithinTheUnitedStates()
    {
        var findings = Setting.Case(NoTransferOrder, Transfer).Judge(Rule, "P-1", "E-XFER");

        var f = FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-ORD"]);
        Assert.Contains("U.S. District Court, 1:25-cv-1", f.Citations);
    }

    [Fact]
    public void JudgeMove_OrderVacatedBeforeTheMove_DoesNotBlock()
    {
        var findings = Setting.Case(NoTransferOrder, """
            {"type":"order.vacated","id":"E-VAC","order":"O-1","by":"U.S. Court of Appeals","occurred_at":"2025-04-03T12:00:00Z"}
            """, Transfer).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_OrderVacatedInTheMinuteOfTheMove_BlocksUncertain()
    {
        var findings = Setting.Case(NoTransferOrder, """
            {"type":"order.vacated","id":"E-VAC","order":"O-1","by":"U.S. Court of Appeals","occurred_at":"2025-04-05T12:00:30Z"}
            """, Transfer).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-ORD", "E-VAC"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_OrderStayedUntilAfterTheMove_DoesNotBlock()
    {
        var findings = Setting.Case(NoTransferOrder, """
            {"type":"order.stayed","id":"E-STAYED","order":"O-1","by":"U.S. Court of Appeals","until":"2025-04-10","occurred_at":"2025-04-03T12:00:00Z"}
            """, Transfer).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_OrderStayUntilBeforeTheMove_BlocksAgain()
    {
        var findings = Setting.Case(NoTransferOrder, """
            {"type":"order.stayed","id":"E-STAYED","order":"O-1","by":"U.S. Court of Appeals","until":"2025-04-04","occurred_at":"2025-04-03T12:00:00Z"}
            """, Transfer).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-ORD", "E-STAYED"]);
    }

    // A temporary restraining order for a class: persons designated under the Alien Enemies Act and held in F-LA-1.
    private const string ClassCase = """
        {"type":"person.recorded","id":"E-REC2","person":"P-2","given":"José","surnames":["Mena"],"nationalities":["VE"]}
        {"type":"custody.began","id":"E-BEGAN2","person":"P-2","facility":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-01T15:00:00Z"}
        {"type":"instrument.recorded","id":"E-AED1","instrument":"I-AED1","person":"P-1","kind":"alien_enemy_designation","issuer":"DHS","occurred_at":"2025-03-14"}
        {"type":"instrument.recorded","id":"E-AED2","instrument":"I-AED2","person":"P-2","kind":"alien_enemy_designation","issuer":"DHS","occurred_at":"2025-03-14"}
        {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-14T12:00:00Z"}
        {"type":"instrument.recorded","id":"E-TRO","instrument":"I-TRO","scope":{"class":{"description":"designated alien enemies held in F-LA-1","designation":"alien_enemy_designation","held_in":["F-LA-1"]}},"kind":"restraining_order","issuer":"U.S. District Court","case":"1:25-cv-766","issued_at":"2025-03-15T18:45:00Z","occurred_at":"2025-03-15T18:45:00Z"}
        """;

    [Fact]
    public void JudgeMove_ClassScopeDesignatedAndHeldInTheFacility_Blocks()
    {
        var findings = Setting.Case(ClassCase, """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-LA-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-TRO"]);
        Assert.Contains("U.S. District Court, 1:25-cv-766", f.Citations);
    }

    [Fact]
    public void JudgeMove_ClassScopeDesignatedButHeldElsewhere_DoesNotBlock()
    {
        var findings = Setting.Case(ClassCase, """
            {"type":"person.removed","id":"E-REM2","person":"P-2","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-2", "E-REM2");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ClassScopeHeldThereButNotDesignated_DoesNotBlock()
    {
        var findings = Setting.Case(ClassCase, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-AED1","reason":"revoked","occurred_at":"2025-03-15T12:00:00Z"}
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-LA-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ClassScopeRemovalRecordedWithoutItsFacility_JudgesWhereThePersonWasHeld()
    {
        // `from` is optional on person.removed; the class criterion "held in" then reads the custody record before the departure.
        var findings = Setting.Case(ClassCase, """
            {"type":"person.removed","id":"E-REM","person":"P-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-TRO"]);
    }

    [Fact]
    public void JudgeMove_ClassScopeListedMember_BlocksWhereverHeld()
    {
        var findings = Setting.Case(ClassCase, """
            {"type":"instrument.recorded","id":"E-INJ","instrument":"I-INJ","scope":{"class":{"description":"named plaintiffs","members":["P-2"]}},"kind":"injunction","issuer":"U.S. District Court","case":"1:25-cv-800","issued_at":"2025-03-15T12:00:00Z","occurred_at":"2025-03-15T12:00:00Z"}
            {"type":"person.removed","id":"E-REM2","person":"P-2","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-2", "E-REM2");

        FindingAssert.Single(findings, "STAY", Severity.Block, "P-2", "E-REM2", ["E-REM2", "E-INJ"]);
    }
}
