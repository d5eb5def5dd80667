namespace Habeas.Ledger.Tests;

public sealed class CheckpointTests
{
    private static readonly byte[] Root = TestTrees.Large.Roots[8];

    [Fact]
    public void Body_WithExtension_IsOriginSizeRootAndExtensionLines()
    {
        var checkpoint = new Checkpoint("habeas.example/log", 8, Root, ["ext"]);

        Assert.Equal($"habeas.example/log\n8\n{Convert.ToBase64String(Root)}\next\n", checkpoint.Body);
        Assert.True(Checkpoint.TryParse(checkpoint.Body, out var parsed));
        Assert.Equal(checkpoint, parsed);
        Assert.Equal(checkpoint.GetHashCode(), parsed.GetHashCode());
    }

    [Fact]
    public void Constructor_InvalidComponent_ThrowsNamingIt()
    {
        Assert.Equal("Origin", Assert.Throws<ArgumentException>(() => new Checkpoint("", 1, Root, [])).ParamName);
        Assert.Equal("Origin", Assert.Throws<ArgumentException>(() => new Checkpoint("a\nb", 1, Root, [])).ParamName);
        Assert.Equal("Size", Assert.Throws<ArgumentOutOfRangeException>(() => new Checkpoint("log", -1, Root, [])).ParamName);
        Assert.Equal("Root", Assert.Throws<ArgumentException>(() => new Checkpoint("log", 1, new byte[31], [])).ParamName);
        Assert.Equal("Extensions", Assert.Throws<ArgumentException>(() => new Checkpoint("log", 1, Root, [""])).ParamName);
        Assert.Equal("Size", Assert.Throws<ArgumentOutOfRangeException>(() => new Checkpoint("log", 1, Root, []) with { Size = -5 }).ParamName);
    }

    [Fact]
    public void Root_CallerChangesArrays_CheckpointUnchanged()
    {
        var root = (byte[])Root.Clone();
        var checkpoint = new Checkpoint("log", 8, root, []);

        root[0] ^= 1;
        checkpoint.Root[1] ^= 1;

        Assert.Equal(Root, checkpoint.Root);
    }

    [Theory]
    [InlineData("log\n8\n{root}\n", true)]
    [InlineData("log\n8\n{root}", false)]
    [InlineData("log\n8\n{root}\n\n", false)]
    [InlineData("log\n 8\n{root}\n", false)]
    [InlineData("log\n8 \n{root}\n", false)]
    [InlineData("log\n9223372036854775808\n{root}\n", false)]
    [InlineData("lo\tg\n8\n{root}\n", false)]
    [InlineData("log\n8\n {root}\n", false)]
    public void TryParse_Body_AcceptsOnlyStrictForm(string template, bool valid)
    {
        var body = template.Replace("{root}", Convert.ToBase64String(Root), StringComparison.Ordinal);

        Assert.Equal(valid, Checkpoint.TryParse(body, out _));
    }
}
