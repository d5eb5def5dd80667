using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

public sealed class CapacityRuleTests
{
    private static readonly CapacityRule Rule = new();

    private const string Transfer = """
        {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-LA-1","to":"F-TX-1","authority":"US-ICE","occurred_at":"2025-03-10T12:00:00Z"}
        """;

    [Fact]
    public void JudgeMove_ArrivalLeavesTheFacilityAboveCapacity_Flags()
    {
        // F-TX-1 holds 3; the occupancy counts the arrival itself.
        var occupancy = new FakeOccupancy(new() { ["F-TX-1"] = 4 });

        var findings = Setting.Case(Transfer).Judge(Rule, "P-1", "E-XFER", occupancy);

        var f = FindingAssert.Single(findings, "CAPACITY", Severity.Flag, "P-1", "E-XFER", ["E-XFER"]);
        Assert.Contains("holding 4 persons against a capacity of 3", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_ArrivalFillsTheFacilityExactly_Passes()
    {
        var occupancy = new FakeOccupancy(new() { ["F-TX-1"] = 3 });

        Assert.Empty(Setting.Case(Transfer).Judge(Rule, "P-1", "E-XFER", occupancy));
    }

    [Fact]
    public void JudgeMove_ProposalOfTwoIntoAFacilityWithOneBedLeft_Flags()
    {
        var occupancy = new FakeOccupancy(new() { ["F-TX-1"] = 2 });
        var history = Setting.Case().HistoryOf("P-1", occupancy);
        var proposal = new Move
        {
            Kind = MoveKind.Transfer, Person = "P-1", At = TimeValue.Parse("2025-03-10T12:00:00Z"), From = "F-LA-1", To = "F-TX-1",
            Destination = CountryCode.UnitedStates, Proposal = "R-1", Arriving = 2,
        };

        var f = FindingAssert.Single(Rule.JudgeMove(history, proposal), "CAPACITY", Severity.Flag, "P-1", "R-1", []);
        Assert.Contains("holding 4 persons", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_NoOccupancyKnown_Passes()
    {
        Assert.Empty(Setting.Case(Transfer).Judge(Rule, "P-1", "E-XFER"));
    }

    [Fact]
    public void JudgeMove_Removal_IsNotItsConcern()
    {
        var occupancy = new FakeOccupancy(new() { ["F-SV-1"] = 50000 });

        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM", occupancy);

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_BookInAboveCapacity_Flags()
    {
        var occupancy = new FakeOccupancy(new() { ["F-TX-1"] = 5 });

        FindingAssert.Single(Setting.Case().Judge(Rule, "P-1", "E-BEGAN", occupancy), "CAPACITY", Severity.Flag, "P-1", "E-BEGAN", ["E-BEGAN"]);
    }
}
