using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

public sealed class TreatyTransferRuleTests
{
    private static readonly TreatyTransferRule Rule = new();

    // P-1 (a Salvadoran) serving a sentence in a U.S. jail.
    private const string Sentenced = """
        {"type":"custody.began","id":"E-SENT","person":"P-1","facility":"F-JAIL","authority":"US-BOP","basis":"criminal_sentence","occurred_at":"2025-04-01T12:00:00Z"}
        """;

    private static string Consent(string country, string verified = "2025-05-01T10:00:00Z") =>
        $$"""{"type":"instrument.recorded","id":"E-CONSENT","instrument":"I-CONSENT","person":"P-1","kind":"transfer_consent","destination_country":"{{country}}","verified_at":"{{verified}}","occurred_at":"2025-05-01T10:00:00Z"}""";

    private static string Treaty(string country) =>
        $$"""{"type":"person.removed","id":"E-REM","person":"P-1","from":"F-JAIL","country":"{{country}}","authority":"US-BOP","basis":"treaty_transfer","occurred_at":"2025-06-01T12:00:00Z"}""";

    [Fact]
    public void JudgeMove_TreatyTransferHomeWithVerifiedConsent_Passes()
    {
        var findings = Setting.Case(Sentenced, Consent("SV"), Treaty("SV")).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_TreatyTransferWithoutConsent_Blocks()
    {
        var findings = Setting.Case(Sentenced, Treaty("SV")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-SENT"]);
        Assert.Contains("18 U.S.C. 4107", f.Citations);
    }

    [Fact]
    public void JudgeMove_ConsentNeverVerified_Blocks()
    {
        var findings = Setting.Case(Sentenced, """
            {"type":"instrument.recorded","id":"E-CONSENT","instrument":"I-CONSENT","person":"P-1","kind":"transfer_consent","destination_country":"SV","occurred_at":"2025-05-01T10:00:00Z"}
            """, Treaty("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-SENT"]);
    }

    [Fact]
    public void JudgeMove_ConsentVerifiedOnlyAfterTheTransfer_Blocks()
    {
        // 18 U.S.C. 4107: the consent is verified before the transfer, not afterwards.
        var findings = Setting.Case(Sentenced, Consent("SV", "2025-06-10T10:00:00Z"), Treaty("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-SENT"]);
    }

    [Fact]
    public void JudgeMove_ConsentVerifiedInTheMinuteOfTheTransfer_BlocksUncertain()
    {
        var findings = Setting.Case(Sentenced, Consent("SV", "2025-06-01T12:00:30Z"), Treaty("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-SENT", "E-CONSENT"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_ToACountryNotTheirOwn_Blocks()
    {
        var findings = Setting.Case(Sentenced, Consent("HN"), Treaty("HN")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-REM", ["E-REM", "E-REC", "E-SENT"]);
        Assert.Contains("nationality SV", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgeMove_SentencedPersonTransferredToAPrisonAbroad_Blocks()
    {
        var findings = Setting.Case(Sentenced, """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-JAIL","to":"F-SV-1","authority":"US-BOP","occurred_at":"2025-06-01T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-SENT"]);
    }

    [Fact]
    public void JudgeMove_SentencedPersonTransferredAbroadOnTheReceivingStatesBasis_Blocks()
    {
        var findings = Setting.Case(Sentenced, """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-JAIL","to":"F-SV-1","authority":"US-BOP","basis":"foreign","occurred_at":"2025-06-01T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-SENT"]);
    }

    [Fact]
    public void JudgeMove_TransferAbroadRecordedAsCarryingOutTheSentence_Blocks()
    {
        var findings = Setting.Case("""
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-SV-1","authority":"US-BOP","basis":"criminal_sentence","occurred_at":"2025-06-01T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "TREATY-TRANSFER", Severity.Block, "P-1", "E-XFER", ["E-XFER"]);
    }

    [Fact]
    public void JudgeMove_CivilDetaineeRemovedUnderAnOrder_IsNotItsConcern()
    {
        var findings = Setting.Case(Setting.OrderToSv, """
            {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-06-01T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void InForceAt_BeforeTheTransferStatute_IsFalse()
    {
        Assert.False(Rule.InForceAt(TimeValue.Parse("1977-10-27")));
        Assert.True(Rule.InForceAt(TimeValue.Parse("1977-10-28")));
    }
}
