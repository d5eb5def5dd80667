using System.Security.Cryptography;

namespace Habeas.Ledger.Tests;

public sealed class TreeHashTests
{
    [Fact]
    public void Empty_Read_IsSha256OfEmptyStringAndAFreshCopy()
    {
        var empty = TreeHash.Empty;
        empty[0] ^= 1;

        Assert.Equal(SHA256.HashData([]), TreeHash.Empty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(100_000)]
    public void Leaf_AnyLength_IsSha256OfZeroPrefixAndData(int length)
    {
        var data = new byte[length];
        Random.Shared.NextBytes(data);

        Assert.Equal(SHA256.HashData([0x00, .. data]), TreeHash.Leaf(data));
    }

    [Fact]
    public void Sha256_EveryLengthAroundTheLibsodiumLimit_EqualsBclSha256()
    {
        var data = new byte[3 * Sha256.SmallInputLimit];
        Random.Shared.NextBytes(data);
        var hash = new byte[32];

        for (var length = 0; length <= data.Length; length++)
        {
            Sha256.Hash(data.AsSpan(0, length), hash);

            Assert.Equal(SHA256.HashData(data.AsSpan(0, length)), hash);
        }
    }

    [Fact]
    public void Node_TwoHashes_IsSha256OfOnePrefixAndChildren()
    {
        var left = TreeHash.Leaf([1]);
        var right = TreeHash.Leaf([2]);

        Assert.Equal(SHA256.HashData([0x01, .. left, .. right]), TreeHash.Node(left, right));
    }

    [Fact]
    public void Node_DestinationOverlapsChild_HashesTheOriginalChildren()
    {
        var left = TreeHash.Leaf([1]);
        var right = TreeHash.Leaf([2]);
        var expected = TreeHash.Node(left, right);

        TreeHash.Node(left, right, left);

        Assert.Equal(expected, left);
    }

    [Fact]
    public void Node_ChildNot32Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => TreeHash.Node(new byte[31], new byte[32]));
        Assert.Throws<ArgumentException>(() => TreeHash.Node(new byte[32], new byte[33]));
        Assert.Throws<ArgumentException>(() => TreeHash.Leaf([], new byte[31]));
    }
}
