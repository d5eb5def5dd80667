using System.Numerics;
using System.Security.Cryptography;

namespace Habeas.Ledger.Tests;

/// <summary>Proof construction and verification checked exhaustively on small trees and at the edges.</summary>
public sealed class MerkleTreeTests
{
    private const int SmallLimit = 48;

    [Fact]
    public void InclusionProof_EverySmallTree_EqualsRfcRecursionAndVerifies()
    {
        var tree = TestTrees.Large;
        for (var size = 1; size <= SmallLimit; size++)
        {
            var leaves = tree.Prefix(size);
            var root = MerkleTree.RootFromLeaves(leaves);
            for (var index = 0; index < size; index++)
            {
                var proof = MerkleTree.InclusionProof(index, size, tree.Reader);

                Assert.Equal(Path(index, [.. leaves]), proof);
                Assert.True(MerkleTree.VerifyInclusion(index, size, leaves[index], proof, root), $"leaf {index} of {size}");
            }
        }
    }

    [Fact]
    public void ConsistencyProof_EverySmallPair_EqualsRfcRecursionAndVerifies()
    {
        var tree = TestTrees.Large;
        for (var size2 = 1; size2 <= SmallLimit; size2++)
        {
            var leaves = tree.Prefix(size2);
            for (var size1 = 1; size1 <= size2; size1++)
            {
                var proof = MerkleTree.ConsistencyProof(size1, size2, tree.Reader);

                Assert.Equal(SubProof(size1, [.. leaves], true), proof);
                Assert.True(MerkleTree.VerifyConsistency(size1, size2, tree.Roots[size1], tree.Roots[size2], proof), $"{size1} to {size2}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1024)]
    [InlineData(9_999)]
    [InlineData(10_000)]
    public void Root_AnySize_ReadsOneHashPerPerfectSubtree(long size)
    {
        var reader = TestTree.Create((int)size).Reader;

        MerkleTree.Root(size, reader);

        Assert.Equal(BitOperations.PopCount((ulong)size), reader.Reads);
    }

    [Fact]
    public void Proofs_LargeTree_ReadLogarithmicallyManyHashes()
    {
        var reader = TestTree.Create(10_000).Reader;

        MerkleTree.InclusionProof(4_321, 9_999, reader);
        var inclusionReads = reader.Reads;
        MerkleTree.ConsistencyProof(1_234, 9_999, reader);

        Assert.InRange(inclusionReads, 1, 2 * 14);
        Assert.InRange(reader.Reads - inclusionReads, 1, 2 * 14);
    }

    [Fact]
    public void RangeHash_AlignedAndUnalignedRanges_EqualsReferenceMth()
    {
        var tree = TestTrees.Large;
        foreach (var (start, end) in new (int, int)[] { (0, 0), (0, 1), (8, 16), (8, 13), (3, 11), (5, 6), (1000, 1777) })
        {
            var expected = start == end ? TreeHash.Empty : MerkleTree.RootFromLeaves([.. tree.Leaves.Skip(start).Take(end - start)]);

            Assert.Equal(expected, MerkleTree.RangeHash(start, end, tree.Reader));
        }
    }

    [Fact]
    public void Root_EmptyTree_IsHashOfEmptyString()
    {
        Assert.Equal(SHA256.HashData([]), MerkleTree.Root(0, new MemoryHashReader()));
        Assert.Equal(SHA256.HashData([]), MerkleTree.RootFromLeaves([]));
    }

    [Fact]
    public void Builders_MisusedArguments_Throw()
    {
        var reader = TestTrees.Large.Reader;

        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.Root(-1, reader));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.InclusionProof(5, 5, reader));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.InclusionProof(-1, 5, reader));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.ConsistencyProof(0, 5, reader));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.ConsistencyProof(6, 5, reader));
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleTree.RangeHash(5, 4, reader));
        Assert.Throws<ArgumentException>(() => MerkleTree.RootFromLeaves([new byte[31]]));
        Assert.Throws<InvalidOperationException>(() => MerkleTree.Root(20_000, reader));
    }

    [Fact]
    public void Root_ReaderReturnsShortHash_ThrowsInvalidData()
    {
        var reader = new ShortHashReader();

        Assert.Throws<InvalidDataException>(() => MerkleTree.Root(3, reader));
    }

    [Fact]
    public void VerifyInclusion_MalformedInputs_ReturnsFalse()
    {
        var tree = TestTrees.Large;
        var proof = MerkleTree.InclusionProof(2, 5, tree.Reader);
        var leaf = tree.Leaves[2];
        var root = tree.Roots[5];

        Assert.True(MerkleTree.VerifyInclusion(2, 5, leaf, proof, root));
        Assert.False(MerkleTree.VerifyInclusion(-1, 5, leaf, proof, root));
        Assert.False(MerkleTree.VerifyInclusion(5, 5, leaf, proof, root));
        Assert.False(MerkleTree.VerifyInclusion(0, 0, leaf, [], TreeHash.Empty));
        Assert.False(MerkleTree.VerifyInclusion(2, 5, leaf.AsSpan(1), proof, root));
        Assert.False(MerkleTree.VerifyInclusion(2, 5, leaf, proof, root.AsSpan(..31)));
        Assert.False(MerkleTree.VerifyInclusion(2, 5, leaf, [proof[0], null!, proof[2]], root));
        Assert.False(MerkleTree.VerifyInclusion(2, 5, leaf, [proof[0], [.. proof[1], 0], proof[2]], root));
        Assert.False(MerkleTree.VerifyInclusion(2, 5, leaf, null!, root));
        Assert.False(MerkleTree.VerifyInclusion(2, 5, leaf, [.. proof.Reverse()], root));
    }

    [Fact]
    public void VerifyConsistency_EqualSizes_HoldOnlyForEqualRootsAndEmptyProof()
    {
        var tree = TestTrees.Large;

        Assert.True(MerkleTree.VerifyConsistency(7, 7, tree.Roots[7], tree.Roots[7], []));
        Assert.False(MerkleTree.VerifyConsistency(7, 7, tree.Roots[7], tree.Roots[6], []));
        Assert.False(MerkleTree.VerifyConsistency(7, 7, tree.Roots[7], tree.Roots[7], [tree.Roots[7]]));
        Assert.True(MerkleTree.VerifyConsistency(0, 0, TreeHash.Empty, TreeHash.Empty, []));
        Assert.False(MerkleTree.VerifyConsistency(0, 0, tree.Roots[1], tree.Roots[1], []));
    }

    [Fact]
    public void VerifyConsistency_FromEmptyTreeOrBackwards_ReturnsFalse()
    {
        var tree = TestTrees.Large;

        // Strict reading of the vectors (derived-negative/consistency/0-to-8): a proof from size 0 proves nothing.
        Assert.False(MerkleTree.VerifyConsistency(0, 8, TreeHash.Empty, tree.Roots[8], []));
        Assert.False(MerkleTree.VerifyConsistency(8, 7, tree.Roots[8], tree.Roots[7], []));
        Assert.False(MerkleTree.VerifyConsistency(-1, 7, tree.Roots[1], tree.Roots[7], []));
        Assert.False(MerkleTree.VerifyConsistency(3, 7, tree.Roots[3], tree.Roots[7], null!));
        Assert.False(MerkleTree.VerifyConsistency(3, 7, tree.Roots[3], tree.Roots[7], []));
    }

    // PATH(m, D[n]) exactly as RFC 9162 §2.1.3.1 writes it, over leaf hashes.
    private static List<byte[]> Path(int m, byte[][] leaves)
    {
        var n = leaves.Length;
        if (n == 1)
        {
            return [];
        }

        var k = LargestPowerOfTwoBelow(n);
        return m < k
            ? [.. Path(m, leaves[..k]), MerkleTree.RootFromLeaves(leaves[k..])]
            : [.. Path(m - k, leaves[k..]), MerkleTree.RootFromLeaves(leaves[..k])];
    }

    // SUBPROOF(m, D[n], b) exactly as RFC 9162 §2.1.4.1 writes it.
    private static List<byte[]> SubProof(int m, byte[][] leaves, bool whole)
    {
        var n = leaves.Length;
        if (m == n)
        {
            return whole ? [] : [MerkleTree.RootFromLeaves(leaves)];
        }

        var k = LargestPowerOfTwoBelow(n);
        return m <= k
            ? [.. SubProof(m, leaves[..k], whole), MerkleTree.RootFromLeaves(leaves[k..])]
            : [.. SubProof(m - k, leaves[k..], false), MerkleTree.RootFromLeaves(leaves[..k])];
    }

    private static int LargestPowerOfTwoBelow(int n)
    {
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }

    private sealed class ShortHashReader : IHashReader
    {
        public byte[] Read(NodeId node) => new byte[31];
    }
}
