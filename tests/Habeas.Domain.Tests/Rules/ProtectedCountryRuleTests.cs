using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class ProtectedCountryRuleTests
{
    private static readonly ProtectedCountryRule Rule = new();

    private const string Withholding = """
        {"type":"instrument.recorded","id":"E-WH","instrument":"I-WH","person":"P-1","kind":"withholding_of_removal","country":"SV","issuer":"Immigration Court","case":"A-100","issued_at":"2019-10-10","effective_from":"2019-10-10","occurred_at":"2019-10-10"}
        """;

    private static string Removal(string country) =>
        $$"""{"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"{{country}}","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}""";

    [Fact]
    public void JudgeMove_RemovalToTheProtectedCountry_Blocks()
    {
        var findings = Setting.Case(Withholding, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "PROTECTED-COUNTRY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-WH"]);
        Assert.Contains("Immigration Court, A-100", f.Citations);
        Assert.Contains("8 U.S.C. 1231(b)(3)", f.Citations);
    }

    [Fact]
    public void JudgeMove_RemovalToAnotherCountry_DoesNotBlock()
    {
        var findings = Setting.Case(Withholding, Removal("GT")).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_TransferToAFacilityInTheProtectedCountry_Blocks()
    {
        var findings = Setting.Case(Withholding, """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-SV-1","authority":"US-ICE","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "PROTECTED-COUNTRY", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-WH"]);
    }

    [Fact]
    public void JudgeMove_TransferWithinTheUnitedStates_DoesNotBlock()
    {
        var findings = Setting.Case(Withholding, """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-15T22:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ProtectionEndedBeforeTheRemoval_DoesNotBlock()
    {
        var findings = Setting.Case(Withholding, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-WH","reason":"revoked","occurred_at":"2025-01-10"}
            """, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_ProtectionEndedInTheMinuteOfTheRemoval_BlocksUncertain()
    {
        var findings = Setting.Case(Withholding, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-WH","reason":"revoked","occurred_at":"2025-03-15T22:00:30Z"}
            """, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "PROTECTED-COUNTRY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-WH", "E-END"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_CatDeferralForTheCountry_Blocks()
    {
        var findings = Setting.Case("""
            {"type":"instrument.recorded","id":"E-CAT","instrument":"I-CAT","person":"P-1","kind":"cat_protection","country":"SV","issuer":"Immigration Court","occurred_at":"2021-02-03"}
            """, Removal("SV")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "PROTECTED-COUNTRY", Severity.Block, "P-1", "E-REM", ["E-REM", "E-CAT"]);
    }

    [Fact]
    public void JudgeMove_ProtectionRecordedWithoutItsCountry_Flags()
    {
        var findings = Setting.Case("""
            {"type":"instrument.recorded","id":"E-WH","instrument":"I-WH","person":"P-1","kind":"withholding_of_removal","issuer":"Immigration Court","occurred_at":"2019-10-10"}
            """, Removal("GT")).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "PROTECTED-COUNTRY", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-WH"]);
    }

    [Fact]
    public void JudgeMove_ProtectionGrantedAfterTheRemoval_DoesNotBlock()
    {
        var findings = Setting.Case(Removal("SV"), """
            {"type":"instrument.recorded","id":"E-WH","instrument":"I-WH","person":"P-1","kind":"withholding_of_removal","country":"SV","issuer":"Immigration Court","occurred_at":"2025-04-10"}
            """).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }
}
