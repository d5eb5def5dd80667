using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class RemovalOrderRuleTests
{
    private static readonly RemovalOrderRule Rule = new();

    private static string Removal(string country, string basis = "title8_order") =>
        $$"""{"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"{{country}}","authority":"US-ICE","basis":"{{basis}}","occurred_at":"2025-03-15T22:00:00Z"}""";

    private static string Notice(string country, string servedAt = "2025-03-01T15:00:00Z") =>
        $$"""{"type":"instrument.recorded","id":"E-NOTICE","instrument":"I-NOTICE","person":"P-1","kind":"removal_notice","language":"es","destination_country":"{{country}}","served_at":"{{servedAt}}","occurred_at":"{{servedAt}}"}""";

    private const string ThirdCountryInjunction = """
        {"type":"instrument.recorded","id":"E-INJ","instrument":"I-INJ","scope":{"class":{"description":"removal to a third country","destination_not_in_order":true}},"kind":"injunction","issuer":"U.S. District Court","case":"1:25-cv-10676","issued_at":"2025-03-01","occurred_at":"2025-03-01"}
        """;

    [Fact]
    public void JudgeMove_NoFinalOrder_Blocks()
    {
        var findings = Setting.Case(Removal("SV")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Block, "P-1", "E-REM", ["E-REM"]);
        Assert.Contains("8 U.S.C. 1231(a)", f.Citations);
    }

    [Fact]
    public void JudgeMove_ToACountryTheOrderNames_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_OrderEndedBeforeTheRemoval_Blocks()
    {
        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-FRO","reason":"vacated","occurred_at":"2025-02-01"}
            """, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Block, "P-1", "E-REM", ["E-REM"]);
    }

    [Fact]
    public void JudgeMove_OrderDatedTheDayOfTheRemoval_BlocksUncertain()
    {
        var findings = Setting.Case("""
            {"type":"instrument.recorded","id":"E-FRO","instrument":"I-FRO","person":"P-1","kind":"final_removal_order","countries":["SV"],"issuer":"Immigration Court","issued_at":"2025-03-15","occurred_at":"2025-03-15"}
            """, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-FRO"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_ThirdCountryWithoutNotice_Flags()
    {
        var findings = Setting.Case(Setting.OrderToSv, Removal("HN")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-FRO"]);
        Assert.Contains("the order names SV", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_ThirdCountryWithServedNoticeNamingIt_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, Notice("HN"), Removal("HN")).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ThirdCountryWithNoticeNamingAnotherCountry_Flags()
    {
        var findings = Setting.Case(Setting.OrderToSv, Notice("GT"), Removal("HN")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-FRO"]);
    }

    [Fact]
    public void JudgeMove_ThirdCountryNoticeServedInTheSameMinute_DoesNotCount()
    {
        var findings = Setting.Case(Setting.OrderToSv, Notice("HN", "2025-03-15T22:00:00Z"), Removal("HN")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-FRO"]);
    }

    [Fact]
    public void JudgeMove_ThirdCountryUnderAThirdCountryInjunction_Blocks()
    {
        var findings = Setting.Case(Setting.OrderToSv, ThirdCountryInjunction, Removal("HN")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "REMOVAL-ORDER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-FRO", "E-INJ"]);
        Assert.Contains("U.S. District Court, 1:25-cv-10676", f.Citations);
    }

    [Fact]
    public void JudgeMove_OrderedCountryUnderAThirdCountryInjunction_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, ThirdCountryInjunction, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("alien_enemies_act")]
    [InlineData("treaty_transfer")]
    public void JudgeMove_RemovalOnAnotherAuthority_IsNotItsConcern(string basis)
    {
        var findings = Setting.Case(Removal("SV", basis)).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }
}
