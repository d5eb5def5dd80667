using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

public sealed class ObligationTests
{
    private const string Order = """
        {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"facilitate_return","due":"2025-04-08T03:59:00Z"}],"occurred_at":"2025-04-04T18:00:00Z"}
        """;

    private static Obligation Single(string at, params string[] more) =>
        Assert.Single(Obligation.Ordered(Setting.Case([Order, .. more]).HistoryOf("P-1"), TimeValue.Parse(at)));

    [Theory]
    [InlineData("2025-04-05T00:00:00Z", "open")]
    [InlineData("2025-04-07T00:00:00Z", "due-soon")]
    [InlineData("2025-04-20T00:00:00Z", "overdue")]
    public void Ordered_ByTheClock_OpenThenDueSoonThenOverdue(string at, string status)
    {
        var o = Single(at);

        Assert.Equal((status, "OB/O-1/P-1/facilitate_return", "US-ICE", "2025-04-08T03:59:00Z"), (o.Status, o.Id, o.Owner, o.Due));
    }

    [Fact]
    public void Ordered_PersonReturnedAfterTheOrder_IsSatisfiedWithTheReturnAsEvidence()
    {
        var o = Single("2025-06-07T00:00:00Z",
            """{"type":"person.returned","id":"E-RET","person":"P-1","from":"F-SV-1","to":"F-TX-1","authority":"US-ICE","occurred_at":"2025-06-06T20:00:00Z"}""");

        Assert.Equal("satisfied", o.Status);
        Assert.Equal(["E-RET"], o.Evidence);
    }

    [Fact]
    public void Ordered_ComplianceRecorded_IsSatisfied()
    {
        var o = Single("2025-04-20T00:00:00Z",
            """{"type":"order.complied","id":"E-COMP","order":"O-1","action":"facilitate_return","evidence":["declaration"],"occurred_at":"2025-04-07T12:00:00Z"}""");

        Assert.Equal("satisfied", o.Status);
    }

    [Fact]
    public void Ordered_OrderVacated_IsSuperseded()
    {
        var o = Single("2025-04-20T00:00:00Z", """{"type":"order.vacated","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-06T12:00:00Z"}""");

        Assert.Equal("superseded", o.Status);
    }

    [Fact]
    public void Ordered_OrderStayed_IsStayed()
    {
        var o = Single("2025-04-20T00:00:00Z", """{"type":"order.stayed","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-07T12:00:00Z"}""");

        Assert.Equal("stayed", o.Status);
    }

    [Fact]
    public void Ordered_Amended_OldRequirementSupersededAndTheNewOneOpen()
    {
        var obligations = Obligation.Ordered(Setting.Case(Order,
            """{"type":"order.amended","order":"O-1","by":"Supreme Court","requires":[{"action":"status_report","due":"2025-05-01"}],"occurred_at":"2025-04-10T12:00:00Z"}""")
            .HistoryOf("P-1"), TimeValue.Parse("2025-04-20T00:00:00Z")).ToArray();

        Assert.Equal([("facilitate_return", "superseded"), ("status_report", "open")], obligations.Select(o => (SnakeCase.Name(o.Action), o.Status)));
    }

    [Fact]
    public void Ordered_BeforeTheOrderWasIssued_IsNothing()
    {
        Assert.Empty(Obligation.Ordered(Setting.Case(Order).HistoryOf("P-1"), TimeValue.Parse("2025-04-01T00:00:00Z")));
    }

    private const string DailyReports = """
        {"type":"order.issued","id":"E-DAILY","order":"O-2","persons":["P-1"],"court":"U.S. District Court","issued_at":"2025-04-10T15:00:00Z","requires":[{"action":"status_report","due":"2025-04-11","every":"P1D"}],"occurred_at":"2025-04-10T15:00:00Z"}
        """;

    private static string Report(string id, string at) =>
        $$"""{"type":"order.complied","id":"{{id}}","order":"O-2","action":"status_report","evidence":["declaration"],"occurred_at":"{{at}}"}""";

    private static Obligation[] Daily(string at, params string[] more) =>
        Obligation.Ordered(Setting.Case([Order, DailyReports, .. more]).HistoryOf("P-1"), TimeValue.Parse(at)).Where(o => o.Order == "O-2").ToArray();

    [Fact]
    public void Ordered_DailyReports_OneOccurrencePerDay_MissingOnesOverdue_AndTheNextToCome()
    {
        var occurrences = Daily("2025-04-14T12:00:00Z",
            Report("E-R1", "2025-04-11T20:00:00Z"), Report("E-R3", "2025-04-13T09:00:00Z"));

        Assert.Equal(
            [
                ("OB/O-2/P-1/status_report/2025-04-11", "satisfied"), ("OB/O-2/P-1/status_report/2025-04-12", "overdue"),
                ("OB/O-2/P-1/status_report/2025-04-13", "satisfied"), ("OB/O-2/P-1/status_report/2025-04-14", "due-soon"),
            ],
            occurrences.Select(o => (o.Id, o.Status)));
        Assert.All(occurrences, o => Assert.True(o.Recurring));
        Assert.Equal(["E-R3"], occurrences[2].Evidence);
        Assert.Equal(["E-DAILY", "E-R3"], occurrences[2].History.Select(h => h.Event));
    }

    [Fact]
    public void Ordered_DailyReportFiledLate_CountsForTheDayItWasFiled_NotTheOneMissed()
    {
        var occurrences = Daily("2025-04-12T23:00:00Z", Report("E-LATE", "2025-04-12T01:00:00Z"));

        Assert.Equal([("2025-04-11", "overdue"), ("2025-04-12", "satisfied")], occurrences.Select(o => (o.Due!, o.Status)));
    }

    [Fact]
    public void Ordered_DailyReportsDuringAStay_AreNotOwed_AndNoneAfterTheOrderIsVacated()
    {
        var occurrences = Daily("2025-04-20T12:00:00Z",
            """{"type":"order.stayed","order":"O-2","by":"Court of Appeals","occurred_at":"2025-04-11T12:00:00Z"}""",
            """{"type":"order.unstayed","order":"O-2","by":"Court of Appeals","occurred_at":"2025-04-13T12:00:00Z"}""",
            """{"type":"order.vacated","order":"O-2","by":"Court of Appeals","occurred_at":"2025-04-14T12:00:00Z"}""");

        Assert.Equal(
            [("2025-04-11", "stayed"), ("2025-04-12", "stayed"), ("2025-04-13", "overdue"), ("2025-04-14", "superseded")],
            occurrences.Select(o => (o.Due!, o.Status)));
    }

    [Fact]
    public void Ordered_AdministrativeStayLifted_MovesTheDeadlineByTheTimeStayed()
    {
        // Stayed one day before the deadline for two days: due 2025-04-08T03:59Z + 48 h.
        string[] stay =
        [
            """{"type":"order.stayed","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-07T03:59:00Z"}""",
            """{"type":"order.unstayed","order":"O-1","by":"Supreme Court","occurred_at":"2025-04-09T03:59:00Z"}""",
        ];

        var stayed = Single("2025-04-08T12:00:00Z", stay);
        var afterwards = Single("2025-04-09T12:00:00Z", stay);
        var late = Single("2025-04-10T12:00:00Z", stay);

        Assert.Equal("stayed", stayed.Status);
        Assert.Equal(("due-soon", "2025-04-10T03:59:00Z"), (afterwards.Status, afterwards.Due));
        Assert.Equal("overdue", late.Status);
        Assert.Equal(["order.issued", "order.stayed", "order.unstayed"], afterwards.History.Select(h => h.Type));
    }

    [Fact]
    public void Ordered_StayWithAnEnd_IsLiftedAtItsEnd()
    {
        var o = Single("2025-04-12T00:00:00Z",
            """{"type":"order.stayed","order":"O-1","by":"Supreme Court","until":"2025-04-09T00:00:00Z","occurred_at":"2025-04-07T00:00:00Z"}""");

        // Stayed two days before the deadline: due two days later, which has passed.
        Assert.Equal(("overdue", "2025-04-10T03:59:00Z"), (o.Status, o.Due));
    }
}
