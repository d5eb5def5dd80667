using Habeas.Domain.Rules;
using Habeas.Domain.Rules.Catalog;

namespace Habeas.Domain.Tests.Rules;

public sealed class HabeasPendingRuleTests
{
    private static readonly HabeasPendingRule Rule = new();

    private const string Petition = """
        {"type":"instrument.recorded","id":"E-HAB","instrument":"I-HAB","person":"P-1","kind":"habeas_petition","issuer":"U.S. District Court","case":"1:25-cv-2","issued_at":"2025-03-05T14:00:00Z","occurred_at":"2025-03-05T14:00:00Z"}
        """;

    private const string Transfer = """
        {"type":"custody.transferred","id":"E-XFER","person":"P-1","from":"F-TX-1","to":"F-LA-1","authority":"US-ICE","occurred_at":"2025-03-10T12:00:00Z"}
        """;

    [Fact]
    public void JudgeMove_TransferWhilePetitionPending_Flags()
    {
        var findings = Setting.Case(Petition, Transfer).Judge(Rule, "P-1", "E-XFER");

        var f = FindingAssert.Single(findings, "HABEAS-PENDING", Severity.Flag, "P-1", "E-XFER", ["E-XFER", "E-HAB"]);
        Assert.Contains("U.S. District Court, 1:25-cv-2", f.Citations);
    }

    [Fact]
    public void JudgeMove_TransferAgainstAnOrderBarringIt_Blocks()
    {
        var findings = Setting.Case(Petition, """
            {"type":"order.issued","id":"E-ORD","order":"O-1","persons":["P-1"],"court":"U.S. District Court","case":"1:25-cv-2","issued_at":"2025-03-06T12:00:00Z","requires":[{"action":"halt_transfer"}],"occurred_at":"2025-03-06T12:00:00Z"}
            """, Transfer).Judge(Rule, "P-1", "E-XFER");

        FindingAssert.Single(findings, "HABEAS-PENDING", Severity.Block, "P-1", "E-XFER", ["E-XFER", "E-HAB", "E-ORD"]);
    }

    [Fact]
    public void JudgeMove_PetitionDismissedBeforeTheTransfer_Passes()
    {
        var findings = Setting.Case(Petition, """
            {"type":"instrument.ended","id":"E-END","instrument":"I-HAB","reason":"dismissed","occurred_at":"2025-03-08"}
            """, Transfer).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_PetitionFiledAfterTheTransfer_Passes()
    {
        var findings = Setting.Case(Transfer, """
            {"type":"instrument.recorded","id":"E-HAB","instrument":"I-HAB","person":"P-1","kind":"habeas_petition","issued_at":"2025-03-11","occurred_at":"2025-03-11"}
            """).Judge(Rule, "P-1", "E-XFER");

        Assert.Empty(findings);
    }

    [Fact]
    public void JudgeMove_BookIn_IsNotItsConcern()
    {
        var findings = Setting.Case(Petition, """
            {"type":"custody.began","id":"E-BEGAN2","person":"P-1","facility":"F-LA-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-10T12:00:00Z"}
            """).Judge(Rule, "P-1", "E-BEGAN2");

        Assert.Empty(findings);
    }
}
