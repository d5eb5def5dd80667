namespace Habeas.Ledger.Tests;

public sealed class TlogProofTests
{
    private const long Index = 4_321;
    private const long Size = 9_876;

    private static readonly NoteSigner Log = NoteSigner.Generate("habeas.example/log");

    private static TlogProof Receipt(string? extra = null)
    {
        var tree = TestTrees.Large;
        var note = SignedNote.Sign(new Checkpoint(Log.Name, Size, tree.Roots[(int)Size], []).Body, Log);
        return new TlogProof(Index, MerkleTree.InclusionProof(Index, Size, tree.Reader), note, extra);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("aGFiZWFzIHJlY2VpcHQgdjE=")]
    public void Format_ThenParse_RoundTripsAndVerifies(string? extra)
    {
        var receipt = Receipt(extra);

        var parsed = TlogProof.Parse(receipt.Format());

        Assert.Equal(receipt, parsed);
        Assert.Equal(receipt.Format(), parsed.Format());
        Assert.StartsWith("c2sp.org/tlog-proof@v1\n" + (extra is null ? "" : $"extra {extra}\n") + "index 4321\n", parsed.Format(), StringComparison.Ordinal);
        Assert.True(parsed.Verify(TestTrees.Large.Leaves[(int)Index], Log.Verifier));
    }

    [Fact]
    public void Verify_OtherLeafOrKey_Fails()
    {
        var receipt = Receipt();

        Assert.False(receipt.Verify(TestTrees.Large.Leaves[(int)Index + 1], Log.Verifier));
        Assert.False(receipt.Verify(TestTrees.Large.Leaves[(int)Index], NoteSigner.Generate(Log.Name).Verifier));
        Assert.False((receipt with { Index = Index + 1 }).Verify(TestTrees.Large.Leaves[(int)Index], Log.Verifier));
    }

    [Theory]
    [InlineData("c2sp.org/tlog-proof@v2\nindex 1\n\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 01\n\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex -1\n\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nextra !!\nindex 1\n\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 1\nAAAA\n\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 1\n")]
    [InlineData("c2sp.org/tlog-proof@v1\nindex 1\n\nnot a checkpoint\n")]
    public void Parse_MalformedText_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => TlogProof.Parse(text));
    }

    [Fact]
    public void Constructor_InvalidComponent_Throws()
    {
        var receipt = Receipt();

        Assert.Throws<ArgumentException>(() => receipt with { Hashes = [new byte[31]] });
        Assert.Throws<ArgumentException>(() => receipt with { Checkpoint = "x\n" });
        Assert.Throws<ArgumentException>(() => receipt with { Extra = "not base64" });
        Assert.Throws<ArgumentOutOfRangeException>(() => receipt with { Index = -1 });
    }
}
