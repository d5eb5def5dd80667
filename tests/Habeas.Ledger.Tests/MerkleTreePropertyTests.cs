using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Habeas.Ledger.Tests;

/// <summary>
/// Properties of the tree over random sizes up to 10,000 (one shared tree: perfect-subtree hashes hold for
/// every prefix): proofs built from stored hashes verify, roots agree with the RFC 6962 reference, a resumed
/// builder continues the same tree, and any single flipped bit makes verification fail.
/// </summary>
public sealed class MerkleTreePropertyTests
{
    private static TestTree Tree => TestTrees.Large;

    private static Arbitrary<long> Size => Arb.From(Gen.Choose(1, TestTrees.LargeSize).Select(s => (long)s));

    private static Arbitrary<(long Index, long Size)> LeafInTree =>
        Arb.From(Gen.Choose(1, TestTrees.LargeSize).SelectMany(size => Gen.Choose(0, size - 1), (size, index) => ((long)index, (long)size)));

    private static Arbitrary<(long Size1, long Size2)> SizePair =>
        Arb.From(Gen.Choose(1, TestTrees.LargeSize).SelectMany(size2 => Gen.Choose(1, size2), (size2, size1) => ((long)size1, (long)size2)));

    [Property(MaxTest = 300)]
    public Property InclusionProof_AnyLeafOfAnyTree_Verifies() =>
        Prop.ForAll(LeafInTree, t =>
        {
            var proof = MerkleTree.InclusionProof(t.Index, t.Size, Tree.Reader);
            return MerkleTree.VerifyInclusion(t.Index, t.Size, Tree.Leaves[(int)t.Index], proof, Tree.Roots[(int)t.Size]);
        });

    [Property(MaxTest = 300)]
    public Property ConsistencyProof_AnyPairOfSizes_Verifies() =>
        Prop.ForAll(SizePair, t =>
        {
            var proof = MerkleTree.ConsistencyProof(t.Size1, t.Size2, Tree.Reader);
            return MerkleTree.VerifyConsistency(t.Size1, t.Size2, Tree.Roots[(int)t.Size1], Tree.Roots[(int)t.Size2], proof);
        });

    [Property(MaxTest = 60)]
    public Property Root_AnySize_EqualsReferenceMth() =>
        Prop.ForAll(Size, size =>
        {
            var reference = MerkleTree.RootFromLeaves(Tree.Prefix(size));
            return MerkleTree.Root(size, Tree.Reader).AsSpan().SequenceEqual(reference)
                && Tree.Roots[(int)size].AsSpan().SequenceEqual(reference);
        });

    [Property(MaxTest = 100)]
    public Property Resume_AnySize_ContinuesToSameRootsAndNodes() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, TestTrees.LargeSize)), size =>
        {
            var builder = TreeBuilder.Resume(size, Tree.Reader);
            if (builder.Size != size || !builder.Root().AsSpan().SequenceEqual(Tree.Roots[size]))
            {
                return false;
            }

            for (var next = size; next < Math.Min(size + 300, TestTrees.LargeSize); next++)
            {
                foreach (var (node, hash) in builder.Append(Tree.Leaves[next]))
                {
                    if (!Tree.Reader.Read(node).AsSpan().SequenceEqual(hash))
                    {
                        return false;
                    }
                }

                if (!builder.Root().AsSpan().SequenceEqual(Tree.Roots[next + 1]))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 12)]
    public Property VerifyInclusion_AnySingleBitFlipped_Fails() =>
        Prop.ForAll(LeafInTree, t =>
        {
            var proof = MerkleTree.InclusionProof(t.Index, t.Size, Tree.Reader).Select(h => (byte[])h.Clone()).ToList();
            var leaf = (byte[])Tree.Leaves[(int)t.Index].Clone();
            var root = (byte[])Tree.Roots[(int)t.Size].Clone();
            bool Verifies() => MerkleTree.VerifyInclusion(t.Index, t.Size, leaf, proof, root);

            return Verifies() && proof.Append(leaf).Append(root).All(hash => EveryBitFlipFails(hash, Verifies));
        });

    [Property(MaxTest = 10)]
    public Property VerifyConsistency_AnySingleBitFlipped_Fails() =>
        Prop.ForAll(SizePair, t =>
        {
            var proof = MerkleTree.ConsistencyProof(t.Size1, t.Size2, Tree.Reader).Select(h => (byte[])h.Clone()).ToList();
            var root1 = (byte[])Tree.Roots[(int)t.Size1].Clone();
            var root2 = (byte[])Tree.Roots[(int)t.Size2].Clone();
            bool Verifies() => MerkleTree.VerifyConsistency(t.Size1, t.Size2, root1, root2, proof);

            return Verifies() && proof.Append(root1).Append(root2).All(hash => EveryBitFlipFails(hash, Verifies));
        });

    [Property(MaxTest = 100)]
    public Property VerifyInclusion_WrongIndexOrProofLength_Fails() =>
        Prop.ForAll(LeafInTree, t =>
        {
            var proof = MerkleTree.InclusionProof(t.Index, t.Size, Tree.Reader);
            var leaf = Tree.Leaves[(int)t.Index];
            var root = Tree.Roots[(int)t.Size];

            // The sibling's index has the same proof shape: it could only verify if two leaves shared a hash. (The
            // size is not checked here: proofs of equal shape exist for different sizes, so the size must come
            // from the signed checkpoint, never from the proof.)
            return !MerkleTree.VerifyInclusion(t.Index ^ 1, t.Size, leaf, proof, root)
                && !MerkleTree.VerifyInclusion(t.Index, t.Size, leaf, [.. proof, leaf], root)
                && (proof.Count == 0 || !MerkleTree.VerifyInclusion(t.Index, t.Size, leaf, [.. proof.Skip(1)], root));
        });

    [Property(MaxTest = 100)]
    public Property VerifyConsistency_WrongProofLength_Fails() =>
        Prop.ForAll(SizePair, t =>
        {
            var proof = MerkleTree.ConsistencyProof(t.Size1, t.Size2, Tree.Reader);
            var root1 = Tree.Roots[(int)t.Size1];
            var root2 = Tree.Roots[(int)t.Size2];

            return !MerkleTree.VerifyConsistency(t.Size1, t.Size2, root1, root2, [.. proof, root1])
                && (proof.Count == 0 || !MerkleTree.VerifyConsistency(t.Size1, t.Size2, root1, root2, [.. proof.Skip(1)]));
        });

    private static bool EveryBitFlipFails(byte[] hash, Func<bool> verifies)
    {
        for (var bit = 0; bit < hash.Length * 8; bit++)
        {
            hash[bit / 8] ^= (byte)(1 << (bit % 8));
            var accepted = verifies();
            hash[bit / 8] ^= (byte)(1 << (bit % 8));
            if (accepted)
            {
                return false;
            }
        }

        return true;
    }
}
