using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class ProtectionClaimRuleTests
{
    private static readonly ProtectionClaimRule Rule = new();

    private const string Removal = """
        {"type":"person.removed","id":"E-REM","person":"P-1","from":"F-TX-1","country":"SV","authority":"US-ICE","basis":"title8_order","occurred_at":"2025-03-15T22:00:00Z"}
        """;

    private static string Claim(string kind, string at = "2025-03-03") =>
        $$"""{"type":"instrument.recorded","id":"E-CLAIM","instrument":"I-CLAIM","person":"P-1","kind":"{{kind}}","issuer":"Immigration Court","occurred_at":"{{at}}"}""";

    [Theory]
    [InlineData("asylum_application")]
    [InlineData("protection_claim")]
    public void JudgeMove_RemovalWhileAClaimIsPending_Flags(string kind)
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim(kind), Removal).Judge(Rule, "P-1", "E-REM");

        var f = FindingAssert.Single(findings, "PROTECTION-CLAIM", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-CLAIM"]);
        Assert.Contains("8 U.S.C. 1158(a)", f.Citations);
    }

    [Fact]
    public void JudgeMove_ClaimFiledTheDayOfTheRemoval_FlagsUncertain()
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim("asylum_application", "2025-03-15"), Removal).Judge(Rule, "P-1", "E-REM");

        FindingAssert.Single(findings, "PROTECTION-CLAIM", Severity.Flag, "P-1", "E-REM", ["E-REM", "E-CLAIM"], uncertain: true);
    }

    [Fact]
    public void JudgeMove_ClaimDecidedBeforeTheRemoval_Passes()
    {
        var findings = Setting.Case(Setting.OrderToSv, Claim("asylum_application"), """
            {"type":"instrument.ended","id":"E-END","instrument":"I-CLAIM","reason":"resolved","occurred_at":"2025-03-10"}
            """, Removal).Judge(Rule, "P-1", "E-REM");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_TransferWithinTheUnitedStates_Passes()
    {
        var findings = Setting.Case(Claim("asylum_application"), """
            {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-10T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }
}
