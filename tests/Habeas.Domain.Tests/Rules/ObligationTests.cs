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
}
