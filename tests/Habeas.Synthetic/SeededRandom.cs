namespace Habeas.Synthetic;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
/// Our own rather than <see cref="Random"/>: the files must be byte-identical by seed, and the BCL does not promise
/// that <c>new Random(seed)</c> yields the same sequence on every runtime version.
/// </summary>
internal struct SeededRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>
    /// An independent stream for one record: each record draws from its own stream so that what it becomes does not
    /// depend on the order in which records are written.
    /// </summary>
    public static SeededRandom For(long seed, Stream stream, int index)
    {
        var mixer = new SeededRandom(unchecked((ulong)seed * Golden) ^ ((ulong)stream << 56));
        var first = mixer.NextUInt64();
        return new SeededRandom(first ^ unchecked((ulong)index * 0xD1B54A32D192ED03UL));
    }

    public ulong NextUInt64()
    {
        var z = _state = unchecked(_state + Golden);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>); the bias of the multiply-shift is below 2^-32.</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>: never for 0, always for 1.</summary>
    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Purposes of the streams, so that a population draw and a record draw never share a sequence.</summary>
    internal enum Stream : byte
    {
        Population = 1,
        Membership = 2,
        ListA = 3,
        ListB = 4,
        Dedupe = 5,
        OrderA = 6,
        OrderB = 7,
        DedupeOrder = 8,
    }
}
