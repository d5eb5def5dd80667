using System.Numerics;

namespace Habeas.Ledger;

/// <summary>
/// The RFC 6962 Merkle tree over a log of <c>n</c> leaves: its root (MTH, RFC 6962 §2.1), inclusion proofs
/// (RFC 9162 §2.1.3) and consistency proofs (RFC 9162 §2.1.4), built from the stored hashes of perfect subtrees
/// (<see cref="IHashReader"/>), and their verification.
/// </summary>
/// <remarks>
/// Sizes and indices are leaf counts and zero-based leaf positions (<see cref="long"/>, never negative). Every
/// hash is 32 bytes. Building a root or a proof reads O(log n) stored hashes; verification needs no storage.
/// Builders throw on misuse; verifiers return false, never throw, on any malformed input. Thread-safe.
/// </remarks>
public static class MerkleTree
{
    /// <summary>
    /// The reference MTH over the given leaf hashes, by the recursion of RFC 6962 §2.1 itself: an oracle for
    /// tests and small trees. O(n) hashes.
    /// </summary>
    /// <param name="leafHashes">The leaf hashes <c>SHA-256(0x00 ‖ d)</c>, in log order.</param>
    /// <returns>The root; <see cref="TreeHash.Empty"/> for no leaves.</returns>
    /// <exception cref="ArgumentException">A leaf hash is null or not 32 bytes.</exception>
    public static byte[] RootFromLeaves(IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        for (var i = 0; i < leafHashes.Count; i++)
        {
            if (leafHashes[i] is not { Length: TreeHash.Size })
            {
                throw new ArgumentException($"Leaf hash {i} is not {TreeHash.Size} bytes.", nameof(leafHashes));
            }
        }

        return leafHashes.Count == 0 ? TreeHash.Empty : Mth(leafHashes, 0, leafHashes.Count);

        // MTH(D[n]) = HASH(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n])), k the largest power of two < n (RFC 6962 §2.1).
        static byte[] Mth(IReadOnlyList<byte[]> leaves, int start, int end)
        {
            var n = end - start;
            if (n == 1)
            {
                return (byte[])leaves[start].Clone();
            }

            var k = (int)SplitPoint(n);
            return TreeHash.Node(Mth(leaves, start, start + k), Mth(leaves, start + k, end));
        }
    }

    /// <summary>MTH(D[0:size]), the root of the tree of the first <paramref name="size"/> leaves, from at most 63 stored hashes.</summary>
    /// <returns>The 32-byte root; <see cref="TreeHash.Empty"/> when <paramref name="size"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    /// <exception cref="InvalidDataException">The reader returned a hash that is not 32 bytes.</exception>
    public static byte[] Root(long size, IHashReader reader)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentNullException.ThrowIfNull(reader);
        return RangeHash(0, size, reader);
    }

    /// <summary>
    /// MTH(D[start:end]): the RFC 6962 §2.1 hash of the leaves in [start, end) taken as a tree of their own. It
    /// reads one stored hash per perfect subtree when <paramref name="start"/> is aligned as it is in every
    /// proof (a multiple of the largest power of two below <c>end − start</c>); otherwise it recurses further.
    /// </summary>
    /// <returns>The 32-byte hash; <see cref="TreeHash.Empty"/> when the range is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><c>start &lt; 0</c> or <c>end &lt; start</c>.</exception>
    /// <exception cref="InvalidDataException">The reader returned a hash that is not 32 bytes.</exception>
    public static byte[] RangeHash(long start, long end, IHashReader reader)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentNullException.ThrowIfNull(reader);
        return start == end ? TreeHash.Empty : Range(start, end, reader);
    }

    /// <summary>
    /// The inclusion proof PATH(index, D[0:size]) of RFC 9162 §2.1.3.1: the sibling hashes from the leaf up to
    /// the root's child, leaf side first.
    /// </summary>
    /// <returns>Between 0 and 63 hashes of 32 bytes (0 for a tree of one leaf).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <paramref name="size"/>.</exception>
    public static IReadOnlyList<byte[]> InclusionProof(long index, long size, IHashReader reader)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        ArgumentNullException.ThrowIfNull(reader);

        // Walk down from the root: PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) when m < k,
        // else PATH(m − k, D[k:n]) : MTH(D[0:k]). Collected root side first, then reversed.
        var proof = new List<byte[]>();
        long lo = 0, hi = size;
        while (hi - lo > 1)
        {
            var k = SplitPoint(hi - lo);
            if (index < lo + k)
            {
                proof.Add(Range(lo + k, hi, reader));
                hi = lo + k;
            }
            else
            {
                proof.Add(Range(lo, lo + k, reader));
                lo += k;
            }
        }

        proof.Reverse();
        return proof;
    }

    /// <summary>
    /// The consistency proof PROOF(size1, D[0:size2]) of RFC 9162 §2.1.4.1 that the tree of
    /// <paramref name="size1"/> leaves is a prefix of the tree of <paramref name="size2"/> leaves.
    /// </summary>
    /// <returns>The proof hashes (empty when the sizes are equal).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Unless <c>0 &lt; size1 ≤ size2</c>.</exception>
    public static IReadOnlyList<byte[]> ConsistencyProof(long size1, long size2, IHashReader reader)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size1, size2);
        ArgumentNullException.ThrowIfNull(reader);

        // SUBPROOF(m, D[lo:hi], b): when m ≤ k recurse left and append MTH(D[k:n]); otherwise recurse right
        // (b becomes false) and append MTH(D[0:k]); at m == n append MTH(D[lo:hi]) unless b still holds.
        var proof = new List<byte[]>();
        long lo = 0, hi = size2;
        var whole = true;
        while (size1 != hi)
        {
            var k = SplitPoint(hi - lo);
            if (size1 - lo <= k)
            {
                proof.Add(Range(lo + k, hi, reader));
                hi = lo + k;
            }
            else
            {
                proof.Add(Range(lo, lo + k, reader));
                lo += k;
                whole = false;
            }
        }

        if (!whole)
        {
            proof.Add(Range(lo, hi, reader));
        }

        proof.Reverse();
        return proof;
    }

    /// <summary>
    /// Verifies an inclusion proof by the algorithm of RFC 9162 §2.1.3.2: that <paramref name="leafHash"/> is
    /// leaf <paramref name="index"/> of the tree of <paramref name="size"/> leaves whose root is <paramref name="root"/>.
    /// </summary>
    /// <returns>True only when the proof holds; false (never an exception) for any malformed input: an index
    /// outside the tree, a hash that is not 32 bytes, a proof of the wrong length.</returns>
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size || leafHash.Length != TreeHash.Size || root.Length != TreeHash.Size || !WellFormed(proof))
        {
            return false;
        }

        Span<byte> computed = stackalloc byte[TreeHash.Size];
        return RootFromInclusion(index, size, leafHash, proof, computed) && computed.SequenceEqual(root);
    }

    /// <summary>
    /// Verifies a consistency proof by the algorithm of RFC 9162 §2.1.4.2: that the tree of
    /// <paramref name="size1"/> leaves with root <paramref name="root1"/> is a prefix of the tree of
    /// <paramref name="size2"/> leaves with root <paramref name="root2"/>.
    /// </summary>
    /// <remarks>
    /// Strict reading, as the test vectors require: every hash must be 32 bytes. Equal sizes hold only with an
    /// empty proof and equal roots (for size 0, both the empty-tree root). A proof from the empty tree
    /// (<c>size1 == 0 &lt; size2</c>) is rejected whatever it holds: it would prove nothing, and RFC 9162 §2.1.4
    /// defines proofs only for <c>0 &lt; size1</c>. A caller may treat every tree as trivially consistent with
    /// the empty one without asking for a proof.
    /// </remarks>
    /// <returns>True only when the proof holds; false (never an exception) for any malformed input.</returns>
    public static bool VerifyConsistency(long size1, long size2, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2, IReadOnlyList<byte[]> proof)
    {
        if (size1 < 0 || size2 < size1 || root1.Length != TreeHash.Size || root2.Length != TreeHash.Size || !WellFormed(proof))
        {
            return false;
        }

        if (size1 == size2)
        {
            return proof.Count == 0 && root1.SequenceEqual(root2) && (size1 != 0 || root1.SequenceEqual(TreeHash.EmptySpan));
        }

        if (size1 == 0 || proof.Count == 0)
        {
            return false;
        }

        // RFC 9162 §2.1.4.2 step 2: when size1 is a power of two, root1 is the first element of the path.
        var powerOfTwo = BitOperations.IsPow2(size1);
        var next = powerOfTwo ? 0 : 1;
        var fn = size1 - 1;
        var sn = size2 - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        Span<byte> fr = stackalloc byte[TreeHash.Size];
        Span<byte> sr = stackalloc byte[TreeHash.Size];
        (powerOfTwo ? root1 : proof[0]).CopyTo(fr);
        fr.CopyTo(sr);
        for (var i = next; i < proof.Count; i++)
        {
            if (sn == 0)
            {
                return false;
            }

            var c = proof[i];
            if ((fn & 1) == 1 || fn == sn)
            {
                TreeHash.Node(c, fr, fr);
                TreeHash.Node(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                TreeHash.Node(sr, c, sr);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.SequenceEqual(root1) && sr.SequenceEqual(root2);
    }

    /// <summary>
    /// The root an inclusion proof leads to (RFC 9162 §2.1.3.2 steps 2–4), or false when the proof has the wrong
    /// length for the index and size. Inputs must already be checked for range and hash lengths.
    /// </summary>
    internal static bool RootFromInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, Span<byte> root)
    {
        var fn = index;
        var sn = size - 1;
        leafHash.CopyTo(root);
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                TreeHash.Node(p, root, root);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                TreeHash.Node(root, p, root);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0;
    }

    /// <summary>The hash of the perfect subtree of <c>count</c> (a power of two) hashes laid end to end.</summary>
    internal static byte[] PerfectRoot(ReadOnlySpan<byte> hashes)
    {
        var count = hashes.Length / TreeHash.Size;
        var work = hashes.ToArray();
        while (count > 1)
        {
            for (var i = 0; i < count / 2; i++)
            {
                var pair = work.AsSpan(2 * i * TreeHash.Size, 2 * TreeHash.Size);
                TreeHash.Node(pair[..TreeHash.Size], pair[TreeHash.Size..], work.AsSpan(i * TreeHash.Size, TreeHash.Size));
            }

            count /= 2;
        }

        return work.AsSpan(0, TreeHash.Size).ToArray();
    }

    /// <summary>The largest power of two strictly less than <paramref name="n"/> (n ≥ 2): the split point k of RFC 6962 §2.1.</summary>
    internal static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    /// <summary>Reads a stored hash and checks that it is one.</summary>
    internal static byte[] Read(IHashReader reader, NodeId node)
    {
        var hash = reader.Read(node);
        return hash is { Length: TreeHash.Size }
            ? hash
            : throw new InvalidDataException($"The hash reader returned {hash?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} bytes for node (level {node.Level}, index {node.Index}); a tree hash is {TreeHash.Size} bytes.");
    }

    // MTH(D[start:end]) for a non-empty range; never returns an array the reader owns.
    private static byte[] Range(long start, long end, IHashReader reader)
    {
        var n = end - start;
        if (BitOperations.IsPow2(n) && start % n == 0)
        {
            var level = BitOperations.Log2((ulong)n);
            return (byte[])Read(reader, new NodeId(level, start >> level)).Clone();
        }

        var k = SplitPoint(n);
        var left = Range(start, start + k, reader);
        var right = Range(start + k, end, reader);
        TreeHash.Node(left, right, left);
        return left;
    }

    private static bool WellFormed(IReadOnlyList<byte[]>? proof)
    {
        if (proof is null)
        {
            return false;
        }

        foreach (var hash in proof)
        {
            if (hash is not { Length: TreeHash.Size })
            {
                return false;
            }
        }

        return true;
    }
}
