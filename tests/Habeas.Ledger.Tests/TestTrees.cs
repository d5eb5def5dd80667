using System.Buffers.Binary;

namespace Habeas.Ledger.Tests;

/// <summary>Deterministic test trees, built once per test run.</summary>
internal static class TestTrees
{
    public const int LargeSize = 10_000;

    private static readonly Lazy<TestTree> LargeTree = new(() => TestTree.Create(LargeSize));

    /// <summary>A tree of 10,000 leaves: perfect-subtree hashes hold for every prefix, so it serves every size up to 10,000.</summary>
    public static TestTree Large => LargeTree.Value;

    /// <summary>The leaf data of entry <paramref name="index"/>: its index as 8 bytes, big-endian.</summary>
    public static byte[] LeafData(long index)
    {
        var data = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(data, index);
        return data;
    }
}

/// <summary>A tree with its leaf hashes, every stored node, and the root at every size.</summary>
internal sealed class TestTree
{
    private TestTree(List<byte[]> leaves, MemoryHashReader reader, List<byte[]> roots)
    {
        Leaves = leaves;
        Reader = reader;
        Roots = roots;
    }

    public IReadOnlyList<byte[]> Leaves { get; }

    public MemoryHashReader Reader { get; }

    /// <summary>Roots[n] is the root of the first n leaves, from the builder.</summary>
    public IReadOnlyList<byte[]> Roots { get; }

    public static TestTree Create(int size)
    {
        var leaves = new List<byte[]>(size);
        var roots = new List<byte[]>(size + 1);
        var reader = new MemoryHashReader();
        var builder = new TreeBuilder();
        roots.Add(builder.Root());
        for (var i = 0; i < size; i++)
        {
            var leaf = TreeHash.Leaf(TestTrees.LeafData(i));
            leaves.Add(leaf);
            reader.Store(builder.Append(leaf));
            roots.Add(builder.Root());
        }

        return new TestTree(leaves, reader, roots);
    }

    public IReadOnlyList<byte[]> Prefix(long size) => [.. Leaves.Take((int)size)];
}
