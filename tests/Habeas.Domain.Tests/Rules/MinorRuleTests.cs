using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class MinorRuleTests
{
    private static readonly MinorRule Rule = new(RuleOptions.Default);

    // A boy of fourteen, held in immigration custody from 1 March 2025.
    private const string Child = """
        {"type":"person.recorded","id":"E-REC","person":"P-1","given":"Luis","surnames":["Ruiz"],"dob":"2010-06-01","nationalities":["SV"],"languages":["es"]}
        {"type":"custody.began","id":"E-BEGAN","person":"P-1","facility":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-01T15:00:00Z"}
        """;

    private static CaseBuilder Case(params string[] more)
    {
        var builder = CaseBuilder.From(Setting.Facilities).Add(Child);
        foreach (var lines in more)
        {
            builder.Add(lines);
        }

        return builder;
    }

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    [Fact]
    public void JudgeMove_RemovalOfAChild_Flags()
    {
        var findings = Case(Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "MINOR", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-REC"]);
        Assert.Contains("was 14", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_RemovalOfAnAdult_Passes()
    {
        Assert.Empty(Setting.Case(Removal).Judge(Rule, "P-1", "E-REM"));
    }

    [Fact]
    public void JudgeMove_RecordsDisagreeOnAge_TheYoungestCounts()
    {
        var findings = Setting.Case("""
            {"type":"person.recorded","id":"E-REC2","person":"P-1","given":"Marta","surnames":["Ruiz"],"dob":"2008"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "MINOR", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-REC", "E-REC2"]);
    }

    [Fact]
    public void JudgeMove_ChildPlacedInAJail_Flags()
    {
        var findings = Case("""
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-JAIL","authority":"US-ICE","occurred_at":"2025-03-05T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        var f = FindingAssert.Single(findings, "MINOR", Severity.Flag, "P-1", "E-XFER", ["E-XFER", "E-REC"]);
        Assert.Contains("a jail", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_ChildBookedIntoADetentionCentre_Passes()
    {
        Assert.Empty(Case().Judge(Rule, "P-1", "E-BEGAN"));
    }

    [Fact]
    public void JudgeStanding_ChildHeldTwentyFourDays_Flags()
    {
        var findings = Case().Standing(Rule, "P-1", "2025-03-25T15:00:00Z");

        var f = FindingAssert.Single(findings, "MINOR", Severity.Flag, "P-1", "E-BEGAN", ["E-BEGAN", "E-REC"]);
        Assert.Contains("for 24 days", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeStanding_ChildHeldFourteenDays_Passes()
    {
        Assert.Empty(Case().Standing(Rule, "P-1", "2025-03-15T15:00:00Z"));
    }

    [Fact]
    public void JudgeStanding_ChildReleased_Passes()
    {
        Assert.Empty(Case("""
            {"type":"custody.released","id":"E-REL","person":"P-1","facility":"F-TX-1","occurred_at":"2025-03-10T12:00:00Z"}
            """).Standing(Rule, "P-1", "2025-04-25T15:00:00Z"));
    }

    [Fact]
    public void JudgeStanding_LimitFromOptions_ReplacesTheDefault()
    {
        var rule = new MinorRule(new RuleOptions { MinorCustodyLimit = TimeSpan.FromDays(10) });

        FindingAssert.Single(Case().Standing(rule, "P-1", "2025-03-15T15:00:00Z"), "MINOR", Severity.Flag, "P-1", "E-BEGAN", ["E-BEGAN", "E-REC"]);
    }

    [Fact]
    public void JudgeStanding_AdultHeldMonths_Passes()
    {
        Assert.Empty(Setting.Case().Standing(Rule, "P-1", "2025-09-01T00:00:00Z"));
    }
}
