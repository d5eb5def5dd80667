using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

public sealed class RuleBookTests
{
    private static readonly RuleBook Book = new();

    // Protected from removal to SV (2019); removed to an SV prison with no final order (15 March); handed over there;
    // ordered on 4 April to facilitate the return by 8 April.
    private const string Case = """
        {"type":"instrument.recorded","id":"E-WH","instrument":"I-WH","person":"P-1","kind":"withholding_of_removal","country":"SV","issuer":"Immigration Court","issued_at":"2019-10-10","occurred_at":"2019-10-10"}
        {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-10T12:00:00Z"}
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-LA-1","country":"SV","to":"F-SV-1","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        {"type":"custody.handed_over","id":"E-HAND","person":"P-1","facility":"F-SV-1","authority":"US-ICE","occurred_at":"2025-03-16T04:10:00Z"}
        {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","case":"8:25-cv-00951","issued_at":"2025-04-04T18:00:00Z","requires":[{"action":"facilitate_return","due":"2025-04-08T03:59:00Z"}],"occurred_at":"2025-04-04T18:00:00Z"}
        """;

    private static IReadOnlyList<Finding> Audit(string at) => Book.Audit(Setting.Case(Case).HistoryOf("P-1"), TimeValue.Parse(at));

    [Fact]
    public void Audit_FindingsOfActsAndStandingRules_ComeInLogOrder()
    {
        var findings = Audit("2025-04-20T00:00:00Z");

        Assert.Equal(
            [("PROTECTED-COUNTRY", "E-REM"), ("REMOVAL-ORDER", "E-REM"), ("UNACCOUNTED", "E-HAND"), ("ORDER-OVERDUE", "E-ORD")],
            findings.Select(f => (f.Rule, f.Subject)));
        Assert.Equal(findings.Select(f => f.Sequence).Order(), findings.Select(f => f.Sequence));
        Assert.All(findings, f => Assert.Equal("P-1", f.Person));
        Assert.Equal("PROTECTED-COUNTRY/P-1/E-REM/I-WH", findings[0].Id);
    }

    [Fact]
    public void Audit_StandingRules_AreJudgedAtTheAsOfMoment()
    {
        // On 5 April the person has been abroad 20 days and the order is not yet due.
        var findings = Audit("2025-04-05T00:00:00Z");

        Assert.Equal([("PROTECTED-COUNTRY", "E-REM"), ("REMOVAL-ORDER", "E-REM")], findings.Select(f => (f.Rule, f.Subject)));
    }

    [Fact]
    public void Audit_ActsAfterTheAsOfMoment_AreNotJudged()
    {
        Assert.Empty(Audit("2025-03-12T00:00:00Z"));
    }

    [Fact]
    public void Audit_ReturnAfterTheDeadline_StillShowsTheUnlawfulRemoval()
    {
        var history = Setting.Case(Case, """
            {"type":"person.returned","id":"E-BACK","person":"P-1","from":"F-SV-1","to":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-06-06T20:00:00Z"}
            """).HistoryOf("P-1");

        var findings = Book.Audit(history, TimeValue.Parse("2025-07-01T00:00:00Z"));

        Assert.Equal([("PROTECTED-COUNTRY", "E-REM"), ("REMOVAL-ORDER", "E-REM")], findings.Select(f => (f.Rule, f.Subject)));
    }

    [Fact]
    public void Judge_BlockFindings_ComeFirst()
    {
        var builder = Setting.Case(Setting.OrderToSv, """
            {"type":"instrument.recorded","id":"E-ASY","instrument":"I-ASY","person":"P-1","kind":"asylum_application","occurred_at":"2025-03-03"}
            {"type":"instrument.recorded","id":"E-STAY","instrument":"I-STAY","person":"P-1","kind":"stay_of_removal","issued_at":"2025-03-05","occurred_at":"2025-03-05"}
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
            """);
        var (history, move) = builder.MoveOf("P-1", "E-REM");

        var findings = Book.Judge(history, move);

        Assert.Equal([("STAY", Severity.Block), ("PROTECTION-CLAIM", Severity.Flag)], findings.Select(f => (f.Rule, f.Severity)));
        Assert.Equal("block", RuleBook.Verdict(findings));
    }

    [Fact]
    public void Verdict_NoFindings_IsPass()
    {
        Assert.Equal("pass", RuleBook.Verdict([]));
    }

    [Fact]
    public void Verdict_OnlyFlags_IsFlag()
    {
        Assert.Equal("flag", RuleBook.Verdict([Finding(Severity.Flag), Finding(Severity.Flag)]));
    }

    [Fact]
    public void Verdict_AnyBlock_IsBlock()
    {
        Assert.Equal("block", RuleBook.Verdict([Finding(Severity.Flag), Finding(Severity.Block), Finding(Severity.Flag)]));
    }

    [Fact]
    public void Rules_EachHasAnIdAuthoritiesAndItsOwnTestClass()
    {
        var tests = typeof(RuleBookTests).Assembly;

        Assert.Equal(15, Book.Rules.Count);
        Assert.Equal(Book.Rules.Count, Book.Rules.Select(r => r.Description.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Book.Rules, r =>
        {
            Assert.NotEmpty(r.Description.Authorities);
            Assert.False(string.IsNullOrWhiteSpace(r.Description.Checks));
            Assert.NotNull(tests.GetType($"{typeof(RuleBookTests).Namespace}.{r.GetType().Name}Tests"));
        });
    }

    [Fact]
    public void Rules_OptionsReachTheRulesThatUseThem()
    {
        var book = new RuleBook(new RuleOptions { AeaNoticeInterval = TimeSpan.FromDays(7) });

        var aea = Assert.Single(book.Rules, r => r.Description.Id == "AEA-NOTICE");
        Assert.Contains("at least 7 days", aea.Description.Checks, StringComparison.Ordinal);
        Assert.Same(RuleOptions.Default, new RuleBook().Options);
    }

    private static Finding Finding(Severity severity) => new()
    {
        Rule = "R", Severity = severity, Person = "P-1", Subject = "E-1", Reason = "r", Facts = ["E-1"], Citations = ["c"],
    };
}
