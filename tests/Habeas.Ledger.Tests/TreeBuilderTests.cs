using System.Numerics;

namespace Habeas.Ledger.Tests;

public sealed class TreeBuilderTests
{
    [Fact]
    public void Append_FourthLeaf_ReturnsLeafThenEachCompletedParentBottomUp()
    {
        var builder = new TreeBuilder();
        for (var i = 0; i < 3; i++)
        {
            builder.Append(TreeHash.Leaf([(byte)i]));
        }

        var nodes = builder.Append(TreeHash.Leaf([3]));

        Assert.Equal([new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0)], nodes.Select(n => n.Node));
        Assert.Equal(nodes[^1].Hash, builder.Root());
        Assert.Equal(4, builder.Size);
    }

    [Fact]
    public void Append_ManyLeaves_ProducesEveryPerfectSubtreeOnce()
    {
        const int size = 1000;

        // MemoryHashReader rejects a node produced twice; a tree of n leaves has 2n − popcount(n) perfect subtrees.
        var (reader, builder) = MemoryHashReader.Build(Enumerable.Range(0, size).Select(i => TreeHash.Leaf(TestTrees.LeafData(i))));

        Assert.Equal((2 * size) - BitOperations.PopCount(size), reader.Count);
        Assert.Equal(TestTrees.Large.Roots[size], builder.Root());
    }

    [Fact]
    public void Copy_GrownOnItsOwn_LeavesTheOriginalAndGivesTheSameTreeAsItWouldHave()
    {
        var original = new TreeBuilder();
        for (var i = 0; i < 13; i++)
        {
            original.Append(TreeHash.Leaf(TestTrees.LeafData(i)));
        }

        var copy = original.Copy();
        var copyNodes = new List<(NodeId, string)>();
        for (var i = 13; i < 100; i++)
        {
            copyNodes.AddRange(copy.Append(TreeHash.Leaf(TestTrees.LeafData(i))).Select(n => (n.Node, Convert.ToHexString(n.Hash))));
        }

        Assert.Equal(13, original.Size);
        Assert.Equal(TestTrees.Large.Roots[13], original.Root());
        var originalNodes = new List<(NodeId, string)>();
        for (var i = 13; i < 100; i++)
        {
            originalNodes.AddRange(original.Append(TreeHash.Leaf(TestTrees.LeafData(i))).Select(n => (n.Node, Convert.ToHexString(n.Hash))));
        }

        Assert.Equal(originalNodes, copyNodes);
        Assert.Equal(TestTrees.Large.Roots[100], copy.Root());
    }

    [Fact]
    public void Root_NoLeaves_IsEmptyTreeHash()
    {
        Assert.Equal(TreeHash.Empty, new TreeBuilder().Root());
        Assert.Equal(TreeHash.Empty, TreeBuilder.Resume(0, new MemoryHashReader()).Root());
    }

    [Fact]
    public void Append_CallerChangesLeafArrayAfterwards_TreeUnchanged()
    {
        var leaf = TreeHash.Leaf([42]);
        var builder = new TreeBuilder();
        builder.Append(leaf);
        var root = builder.Root();

        leaf[0] ^= 0xff;

        Assert.Equal(root, builder.Root());
    }

    [Fact]
    public void Append_LeafNot32Bytes_Throws()
    {
        var builder = new TreeBuilder();

        Assert.Throws<ArgumentException>(() => builder.Append(new byte[31]));
        Assert.Throws<ArgumentNullException>(() => builder.Append(null!));
        Assert.Equal(0, builder.Size);
    }

    [Fact]
    public void Resume_MissingHashes_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => TreeBuilder.Resume(5, new MemoryHashReader()));
        Assert.Throws<ArgumentOutOfRangeException>(() => TreeBuilder.Resume(-1, new MemoryHashReader()));
    }

    [Fact]
    public void NodeId_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodeId(63, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodeId(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodeId(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodeId(62, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodeId(1, 1) with { Level = 70 });
        Assert.Equal(12, new NodeId(2, 3).FirstLeaf);
        Assert.Equal(4, new NodeId(2, 3).LeafCount);
    }
}
