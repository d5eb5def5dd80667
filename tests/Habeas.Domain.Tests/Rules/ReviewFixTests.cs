using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

/// <summary>Issue #4 regressions from the review of the first catalog, one per fix.</summary>
public sealed class ReviewFixTests
{
    private const string TransferToForeignPrison = """
        {"type":"custody.transferred","id":"E-TR","person":"P-1","from":"F-TX-1","to":"F-SV-1","authority":"US-ICE","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    [Fact]
    public void RemovalOrder_CivilDetaineeTransferredIntoAPrisonAbroad_BlocksWithoutAFinalOrder()
    {
        var findings = Setting.Case(TransferToForeignPrison).Judge(new RemovalOrderRule(), "P-1", "E-TR");

        FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Block, "P-1", "E-TR", ["E-TR"]);
    }

    [Fact]
    public void RemovalOrder_CivilDetaineeTransferredAbroadUnderAFinalOrderToThatCountry_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, TransferToForeignPrison).Judge(new RemovalOrderRule(), "P-1", "E-TR");

        Assert.Empty(findings);
    }

    [Fact]
    public void TreatyTransfer_OrdinaryRemovalOfAPersonWhoServedASentence_IsLeftToRemovalOrder()
    {
        var findings = CaseBuilder.From(Setting.Facilities).Add("""
            {"type":"person.recorded","person":"P-9","given":"Luis","surnames":["Mora"],"nationalities":["GT"]}
            {"type":"custody.began","person":"P-9","facility":"F-JAIL","authority":"US-COUNTY","basis":"criminal_sentence","occurred_at":"2024-01-01T10:00:00Z"}
            {"type":"instrument.recorded","instrument":"I-O9","person":"P-9","kind":"final_removal_order","countries":["GT"],"issued_at":"2024-06-01","occurred_at":"2024-06-01"}
            {"type":"person.removed","id":"E-R9","person":"P-9","from":"F-JAIL","country":"GT","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(new TreatyTransferRule(), "P-9", "E-R9");

        Assert.Empty(findings);
    }

    [Fact]
    public void UsNational_CitizenshipProvedOnlyAfterTheRemoval_StillBlocksIt()
    {
        var findings = Setting.Case(
            """{"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}""",
            """{"type":"instrument.recorded","id":"E-CIT","instrument":"I-CIT","person":"P-1","kind":"us_citizenship","evidence":["birth_certificate"],"issuer":"Vital records","occurred_at":"2025-05-01"}""")
            .Judge(new UsNationalRule(), "P-1", "E-REM");

        FindingAssert.Single(findings, "US-NATIONAL", Severity.Block, "P-1", "E-REM", ["E-REM", "E-CIT"]);
    }

    [Fact]
    public void UsNational_NaturalizedAfterTheRemoval_DoesNotReachBackBeforeNaturalization()
    {
        var findings = Setting.Case(
            """{"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}""",
            """{"type":"instrument.recorded","id":"E-CIT","instrument":"I-CIT","person":"P-1","kind":"us_citizenship","evidence":["naturalization_certificate"],"issued_at":"2025-05-01","occurred_at":"2025-05-01"}""")
            .Judge(new UsNationalRule(), "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void UsNational_DomesticTransferWithoutBasisOfACitizenInImmigrationCustody_Blocks()
    {
        var findings = Setting.Case(
            """{"type":"instrument.recorded","id":"E-CIT","instrument":"I-CIT","person":"P-1","kind":"us_national","occurred_at":"2020-01-01"}""",
            """{"type":"custody.transferred","id":"E-TR","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-10T12:00:00Z"}""")
            .Judge(new UsNationalRule(), "P-1", "E-TR");

        FindingAssert.Single(findings, "US-NATIONAL", Severity.Block, "P-1", "E-TR", ["E-TR", "E-CIT"]);
    }

    [Fact]
    public void OrderOverdue_AsOfTheDueDate_CountsTheWholeDay()
    {
        var history = Setting.Case("""
            {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","case":"1:25-cv-1","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"facilitate_return","due":"2025-04-08T03:59:00Z"}],"occurred_at":"2025-04-04T18:00:00Z"}
            """);

        Assert.Single(history.Standing(new OrderOverdueRule(), "P-1", "2025-04-08"));
        Assert.Empty(history.Standing(new OrderOverdueRule(), "P-1", "2025-04-07"));
    }

    [Fact]
    public void OrderOverdue_PersonNamedInTheScope_IsFlagged()
    {
        var findings = Setting.Case("""
            {"type":"order.issued","id":"E-ORD","order":"O-1","scope":{"persons":["P-1"]},"court":"U.S. District Court","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"status_report","due":"2025-04-10"}],"occurred_at":"2025-04-04T18:00:00Z"}
            """).Standing(new OrderOverdueRule(), "P-1", "2025-05-01");

        Assert.Equal("ORDER-OVERDUE/P-1/E-ORD/status_report", Assert.Single(findings).Id);
    }

    [Fact]
    public void OrderState_StayWhoseEndMayHavePassed_LeavesTheOrderPossiblyInForce()
    {
        var history = Setting.Case("""
            {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","issued_at":"2025-04-01T10:00:00Z","requires":[{"action":"no_transfer"}],"occurred_at":"2025-04-01T10:00:00Z"}
            {"type":"order.stayed","order":"O-1","by":"Court of Appeals","until":"2025-04-10","occurred_at":"2025-04-02T10:00:00Z"}
            """).HistoryOf("P-1");
        var order = Assert.Single(history.Orders);

        Assert.Equal(Certainty.No, order.InForceAt(TimeValue.Parse("2025-04-05T12:00:00Z")));
        Assert.Equal(Certainty.Possibly, order.InForceAt(TimeValue.Parse("2025-04-10T12:00:00Z")));
        Assert.Equal(Certainty.Certainly, order.InForceAt(TimeValue.Parse("2025-04-11T12:00:00Z")));
    }

    [Fact]
    public void OrderState_UnstayedAfterItWasVacated_StaysVacated()
    {
        var history = Setting.Case("""
            {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","issued_at":"2025-04-01T10:00:00Z","requires":[{"action":"no_transfer"}],"occurred_at":"2025-04-01T10:00:00Z"}
            {"type":"order.stayed","order":"O-1","by":"Court of Appeals","occurred_at":"2025-04-02T10:00:00Z"}
            {"type":"order.vacated","order":"O-1","by":"Court of Appeals","occurred_at":"2025-04-03T10:00:00Z"}
            {"type":"order.unstayed","order":"O-1","by":"Court of Appeals","occurred_at":"2025-04-04T10:00:00Z"}
            """).HistoryOf("P-1");

        Assert.Equal(Certainty.No, Assert.Single(history.Orders).InForceAt(TimeValue.Parse("2025-04-05T00:00:00Z")));
    }

    [Fact]
    public void HeldAt_AfterARelease_ABookInWithoutBasisDoesNotInheritTheOldOne()
    {
        var history = Setting.Case("""
            {"type":"custody.released","person":"P-1","facility":"F-TX-1","occurred_at":"2025-03-05T10:00:00Z"}
            {"type":"custody.began","person":"P-1","facility":"F-JAIL","authority":"US-COUNTY","occurred_at":"2025-04-01T10:00:00Z"}
            """).HistoryOf("P-1");

        var held = history.HeldAt(TimeValue.Parse("2025-04-02T00:00:00Z"));

        Assert.Equal("F-JAIL", held?.Facility);
        Assert.Null(held?.Basis);
    }
}
