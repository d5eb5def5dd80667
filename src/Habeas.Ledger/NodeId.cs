namespace Habeas.Ledger;

/// <summary>
/// A perfect subtree of the log: the <c>2^Level</c> leaves starting at leaf <c>Index &lt;&lt; Level</c>.
/// Level 0 is a single leaf; its hash is the leaf hash. Perfect subtrees never change once complete, so
/// their hashes are what storage keeps (RFC 6962 §2.1: every MTH the proofs need is built from them).
/// </summary>
/// <param name="Level">The subtree's height: it spans <c>2^Level</c> leaves. 0 to 62.</param>
/// <param name="Index">The subtree's position among the subtrees of its level, from 0.</param>
/// <exception cref="ArgumentOutOfRangeException">Level is outside 0–62, Index is negative, or the subtree would start beyond leaf 2^63 − 1.</exception>
public readonly record struct NodeId(int Level, long Index)
{
    /// <summary>The subtree's height: it spans <c>2^Level</c> leaves (0 to 62).</summary>
    public int Level { get; init => field = CheckLevel(value, nameof(Level)); } = CheckLevel(Level, nameof(Level));

    /// <summary>The subtree's position among the subtrees of its level, from 0.</summary>
    public long Index { get; init => field = CheckIndex(value, Level, nameof(Index)); } = CheckIndex(Index, Level, nameof(Index));

    /// <summary>The index of the subtree's first leaf, <c>Index &lt;&lt; Level</c>.</summary>
    public long FirstLeaf => Index << Level;

    /// <summary>The number of leaves the subtree spans, <c>2^Level</c>.</summary>
    public long LeafCount => 1L << Level;

    private static int CheckLevel(int level, string paramName) =>
        level is >= 0 and <= 62 ? level : throw new ArgumentOutOfRangeException(paramName, level, "A subtree level is 0 to 62.");

    private static long CheckIndex(long index, int level, string paramName) =>
        index >= 0 && index <= (long.MaxValue >> level)
            ? index
            : throw new ArgumentOutOfRangeException(paramName, index, "A subtree index is non-negative and its first leaf must fit in 63 bits.");
}
