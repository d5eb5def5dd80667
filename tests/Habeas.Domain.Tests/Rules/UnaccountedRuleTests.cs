using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class UnaccountedRuleTests
{
    private static readonly UnaccountedRule Rule = new(RuleOptions.Default);

    // Removed to a prison in El Salvador on 15 March, handed over there on 16 March at 04:10.
    private const string SentAbroad = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        {"type":"custody.handed_over","id":"E-HAND","person":"P-1","facility":"F-SV-1","authority":"US-ICE","occurred_at":"2025-03-16T04:10:00Z"}
        """;

    [Fact]
    public void JudgeStanding_ThirtyFiveDaysAfterAHandoverAbroad_Flags()
    {
        var findings = Setting.Case(Setting.OrderToSv, SentAbroad).Standing(Rule, "P-1", "2025-04-20T04:10:00Z");

        var f = FindingAssert.Single(findings, "UNACCOUNTED", Severity.Flag, "P-1", "E-HAND", ["E-HAND"]);
        Assert.Contains("for 35 days", f.Reason, StringComparison.Ordinal);
        Assert.Equal("2025-03-16T04:10:00Z", f.OccurredAt);
    }

    [Fact]
    public void JudgeStanding_TwentyDaysAfterAHandoverAbroad_Passes()
    {
        Assert.Empty(Setting.Case(Setting.OrderToSv, SentAbroad).Standing(Rule, "P-1", "2025-04-05T04:10:00Z"));
    }

    [Fact]
    public void JudgeStanding_ExactlyTheLimit_Passes()
    {
        Assert.Empty(Setting.Case(Setting.OrderToSv, SentAbroad).Standing(Rule, "P-1", "2025-04-15T04:10:00Z"));
    }

    [Fact]
    public void JudgeStanding_LimitFromOptions_ReplacesTheDefault()
    {
        var rule = new UnaccountedRule(new RuleOptions { UnaccountedAfter = TimeSpan.FromDays(10) });

        var findings = Setting.Case(Setting.OrderToSv, SentAbroad).Standing(rule, "P-1", "2025-04-05T04:10:00Z");

        FindingAssert.Single(findings, "UNACCOUNTED", Severity.Flag, "P-1", "E-HAND", ["E-HAND"]);
    }

    [Fact]
    public void JudgeStanding_RemovedToAFacilityAbroadWithNoArrivalRecorded_FlagsTheRemoval()
    {
        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        FindingAssert.Single(findings, "UNACCOUNTED", Severity.Flag, "P-1", "E-REM", ["E-REM"]);
    }

    [Fact]
    public void JudgeStanding_RemovedAndNotHeldAbroad_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-20T00:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_RecordedAsUnaccountedFor_Flags()
    {
        var findings = Setting.Case(Setting.OrderToSv, SentAbroad, """
            {"type":"custody.unaccounted","id":"E-LOST","person":"P-1","last_known":"F-SV-1","occurred_at":"2025-03-20"}
            """).Standing(Rule, "P-1", "2025-03-21T00:00:00Z");

        var f = FindingAssert.Single(findings, "UNACCOUNTED", Severity.Flag, "P-1", "E-LOST", ["E-LOST"]);
        Assert.Contains("last known: F-SV-1", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeStanding_ReturnedAfterwards_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, SentAbroad, """
            {"type":"person.returned","id":"E-BACK","person":"P-1","from":"F-SV-1","to":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-04-10T20:00:00Z"}
            """).Standing(Rule, "P-1", "2025-06-01T00:00:00Z");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeStanding_StillHeldInTheUnitedStates_Passes()
    {
        Assert.Empty(Setting.Case().Standing(Rule, "P-1", "2026-01-01T00:00:00Z"));
    }
}
