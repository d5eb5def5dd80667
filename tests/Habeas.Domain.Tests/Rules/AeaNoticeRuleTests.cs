using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class AeaNoticeRuleTests
{
    private static readonly AeaNoticeRule Rule = new(RuleOptions.Default);

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"alien_enemies_act","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    private static string Notice(string servedAt, string language = "es", string id = "E-NOTICE") =>
        $$"""{"type":"instrument.recorded","id":"{{id}}","instrument":"I-{{id}}","person":"P-1","kind":"removal_notice","language":"{{language}}","destination_country":"SV","explains_how_to_contest":true,"served_at":"{{servedAt}}","occurred_at":"{{servedAt}}"}""";

    [Fact]
    public void JudgeMove_NoticeTwentyFourHoursBefore_Blocks()
    {
        var findings = Setting.Case(Notice("2025-03-14T22:00:00Z"), Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-NOTICE"]);
        Assert.Contains("24 hours", f.Reason, StringComparison.Ordinal);
        Assert.Contains("A.A.R.P. v. Trump, 605 U.S. ___ (2025)", f.Citations);
    }

    [Fact]
    public void JudgeMove_NoticeTwentyTwoDaysBeforeInTheirLanguage_Passes()
    {
        var findings = Setting.Case(Notice("2025-02-21T22:00:00Z"), Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_NoticeExactlyTheIntervalBefore_Passes()
    {
        var findings = Setting.Case(Notice("2025-02-22T22:00:00Z"), Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_DateOnlyNoticeThatMayOrMayNotMeetTheInterval_BlocksUncertain()
    {
        var findings = Setting.Case(Notice("2025-02-22"), Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-NOTICE"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_NoticeInRegionalFormOfTheirLanguage_Passes()
    {
        var findings = Setting.Case(Notice("2025-02-21T22:00:00Z", "es-SV"), Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_NoticeInEnglishToASpanishOnlySpeaker_Blocks()
    {
        var findings = Setting.Case(Notice("2025-02-21T22:00:00Z", "en"), Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-REC", "E-NOTICE"]);
        Assert.Contains("in en", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_NoLanguageRecordedForThePerson_Flags()
    {
        var findings = CaseBuilder.From(Setting.Facilities).Add("""
            {"type":"person.recorded","id":"E-REC","person":"P-1","given":"Marta","surnames":["Ruiz"],"nationalities":["VE"]}
            """).Add(Notice("2025-02-21T22:00:00Z", "en")).Add(Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "AEA-NOTICE", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-REC", "E-NOTICE"]);
    }

    [Fact]
    public void JudgeMove_TimelyNoticeNotUnderstoodAndLateNoticeUnderstood_Blocks()
    {
        // The rule asks for one notice that is both timely and understood: an English notice in time and a Spanish one
        // the day before do not add up to it.
        var findings = Setting.Case(Notice("2025-02-01T22:00:00Z", "en", "E-NOTICE-EN"), Notice("2025-03-14T22:00:00Z", "es", "E-NOTICE-ES"), Removal)
            .Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-NOTICE-ES"]);
    }

    [Fact]
    public void JudgeMove_NoNotice_Blocks()
    {
        var findings = Setting.Case(Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM"]);
    }

    [Fact]
    public void JudgeMove_NoticeServedOnlyAfterTheRemoval_BlocksAsNoNotice()
    {
        var findings = Setting.Case(Removal, Notice("2025-03-16T10:00:00Z")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM"]);
        Assert.StartsWith("No notice", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_ThirteenYearOld_Blocks()
    {
        // Born 16 March 2011: thirteen on the day of removal, fourteen the next day.
        var findings = CaseBuilder.From(Setting.Facilities).Add("""
            {"type":"person.recorded","id":"E-REC","person":"P-1","given":"Luis","surnames":["Ruiz"],"dob":"2011-03-16","nationalities":["VE"],"languages":["es"]}
            """).Add(Notice("2025-02-21T22:00:00Z")).Add(Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-REC"]);
        Assert.Contains("was 13", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_FourteenthBirthdayOnTheDay_PassesTheAgeTest()
    {
        var findings = CaseBuilder.From(Setting.Facilities).Add("""
            {"type":"person.recorded","id":"E-REC","person":"P-1","given":"Luis","surnames":["Ruiz"],"dob":"2011-03-15","nationalities":["VE"],"languages":["es"]}
            """).Add(Notice("2025-02-21T22:00:00Z")).Add(Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_LawfulPermanentResident_Blocks()
    {
        var findings = Setting.Case("""
            {"type":"instrument.recorded","id":"E-LPR","instrument":"I-LPR","person":"P-1","kind":"lawful_permanent_resident","issuer":"USCIS","occurred_at":"2015-06-01"}
            """, Notice("2025-02-21T22:00:00Z"), Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-LPR"]);
    }

    [Fact]
    public void JudgeMove_IntervalFromOptions_ReplacesTheDefault()
    {
        var week = new AeaNoticeRule(new RuleOptions { AeaNoticeInterval = TimeSpan.FromDays(7) });
        var builder = Setting.Case(Notice("2025-03-07T22:00:00Z"), Removal);

        Assert.Empty(builder.Judge(week, "P-1", "E-REM"));
        FindingAssert.Single(builder.Judge(Rule, "P-1", "E-REM"), "AEA-NOTICE", Severity.Block, "P-1", "E-REM", ["E-REM", "E-NOTICE"]);
        Assert.Contains("at least 7 days", week.Description.Checks, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_RemovalUnderATitleEightOrder_IsNotItsConcern()
    {
        var findings = Setting.Case("""
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }
}
