using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Habeas.Ledger.Tests.Vectors;

/// <summary>The leaf_hash, node_hash and tree_root cases of tlog_vectors.json (RFC 6962 §2.1).</summary>
public sealed class TreeHashVectorTests
{
    public static TheoryData<string> LeafHashCases => TlogVectors.Ids("leaf_hash");

    public static TheoryData<string> NodeHashCases => TlogVectors.Ids("node_hash");

    public static TheoryData<string> TreeRootCases => TlogVectors.Ids("tree_root");

    [Theory]
    [MemberData(nameof(LeafHashCases))]
    public void Leaf_VectorCase_MatchesExpectedHash(string id)
    {
        var c = TlogVectors.Case(id);
        var data = c.Has("data_hex") ? Convert.FromHexString(c.Text("data_hex")!) : Encoding.UTF8.GetBytes(c.Text("data_utf8")!);

        var hash = TreeHash.Leaf(data);

        Assert.Equal(c.ExpectValid(), hash.AsSpan().SequenceEqual(c.Bytes("expect_hash")));
    }

    [Theory]
    [MemberData(nameof(NodeHashCases))]
    public void Node_VectorCase_MatchesExpectedHash(string id)
    {
        var c = TlogVectors.Case(id);

        var hash = TreeHash.Node(c.Bytes("left"), c.Bytes("right"));

        Assert.Equal(c.ExpectValid(), hash.AsSpan().SequenceEqual(c.Bytes("expect_hash")));
    }

    [Theory]
    [MemberData(nameof(TreeRootCases))]
    public void Root_VectorCase_MatchesExpectedRoot(string id)
    {
        var c = TlogVectors.Case(id);
        var expected = c.Bytes("expect_root");
        var valid = c.ExpectValid();

        if (c.Has("leaves_pattern"))
        {
            // A million-leaf tree: only the incremental builder, which storage uses, in O(log n) memory.
            var builder = new TreeBuilder();
            foreach (var leaf in PatternLeaves(c.GetProperty("leaves_pattern")))
            {
                builder.Append(TreeHash.Leaf(leaf));
            }

            Assert.Equal(valid, builder.Root().AsSpan().SequenceEqual(expected));
            return;
        }

        var size = c.Long("tree_size");
        var leaves = c.Strings("leaves_hex").Take((int)size).Select(h => TreeHash.Leaf(Convert.FromHexString(h))).ToList();
        var (reader, tree) = MemoryHashReader.Build(leaves);

        Assert.Equal(valid, MerkleTree.RootFromLeaves(leaves).AsSpan().SequenceEqual(expected));
        Assert.Equal(valid, tree.Root().AsSpan().SequenceEqual(expected));
        Assert.Equal(valid, MerkleTree.Root(size, reader).AsSpan().SequenceEqual(expected));
    }

    private static IEnumerable<byte[]> PatternLeaves(JsonElement pattern)
    {
        Assert.Equal("le32_index_padded", pattern.GetProperty("kind").GetString());
        var length = pattern.GetProperty("record_len").GetInt32();
        var count = pattern.GetProperty("count").GetInt64();
        var record = new byte[length];
        for (long i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)i);
            yield return record;
        }
    }
}
