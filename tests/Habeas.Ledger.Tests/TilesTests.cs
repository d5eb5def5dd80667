namespace Habeas.Ledger.Tests;

public sealed class TilesTests
{
    [Theory]
    [InlineData(0, 0L, 256, "tile/0/000")]
    [InlineData(0, 1234067L, 256, "tile/0/x001/x234/067")]
    [InlineData(0, 1234067L, 5, "tile/0/x001/x234/067.p/5")]
    [InlineData(1, 1000L, 255, "tile/1/x001/000.p/255")]
    [InlineData(63, 999L, 1, "tile/63/999.p/1")]
    public void Path_Tile_FollowsC2spEncoding(int level, long index, int width, string expected)
    {
        Assert.Equal(expected, Tiles.Path(new TileId(level, index, width)));
    }

    [Fact]
    public void EntriesPath_FullAndPartial_FollowC2spEncoding()
    {
        Assert.Equal("tile/entries/x001/x234/067", Tiles.EntriesPath(1234067, 256));
        Assert.Equal("tile/entries/000.p/1", Tiles.EntriesPath(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiles.EntriesPath(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiles.EntriesPath(0, 257));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiles.EntriesPath(-1, 1));
    }

    [Fact]
    public void TileId_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TileId(0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TileId(0, 0, 257));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TileId(64, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TileId(0, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TileId(0, 0, 1) with { Width = 0 });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(4_097)]
    [InlineData(10_000)]
    public void TileHashReader_TilesOfATree_GiveSameRootAndProofsAsTheNodes(int size)
    {
        var tree = TestTrees.Large;
        var tiles = Tiles.ForTree(size).ToDictionary(t => t, t => Tiles.Read(t, tree.Reader));
        var reader = new TileHashReader(size, tile => tiles[tile]);

        Assert.Equal(tree.Roots[size], MerkleTree.Root(size, reader));
        Assert.Equal(MerkleTree.InclusionProof(size / 3, size, tree.Reader), MerkleTree.InclusionProof(size / 3, size, reader));
        Assert.Equal(MerkleTree.ConsistencyProof((size / 2) + 1, size, tree.Reader), MerkleTree.ConsistencyProof((size / 2) + 1, size, reader));
    }

    [Fact]
    public void TileHashReader_TreeOf70000_NeedsThreeTileLevels()
    {
        const int size = 70_000;
        var (nodes, builder) = MemoryHashReader.Build(Enumerable.Range(0, size).Select(i => TreeHash.Leaf(TestTrees.LeafData(i))));
        var layout = Tiles.ForTree(size);
        var tiles = layout.ToDictionary(t => t, t => Tiles.Read(t, nodes));

        var root = MerkleTree.Root(size, new TileHashReader(size, tile => tiles[tile]));

        Assert.Equal(builder.Root(), root);
        Assert.Equal(["tile/0/273.p/112", "tile/1/001.p/17", "tile/2/000.p/1"], layout.Where(t => !t.IsFull).Select(Tiles.Path));
    }

    [Fact]
    public void TileHashReader_TileOfWrongLength_ThrowsInvalidData()
    {
        var reader = new TileHashReader(3, _ => new byte[64]);

        Assert.Throws<InvalidDataException>(() => reader.Read(new NodeId(0, 0)));
    }

    [Fact]
    public void TileHashReader_NodeBeyondTree_Throws()
    {
        var reader = new TileHashReader(3, tile => new byte[tile.Width * 32]);

        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Read(new NodeId(2, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Read(new NodeId(0, 3)));
    }

    [Fact]
    public void EntryBundle_Entries_RoundTripWithBigEndianLengths()
    {
        byte[][] entries = [[], [1, 2, 3], new byte[ushort.MaxValue]];

        var bundle = Tiles.EntryBundle(entries);

        Assert.Equal([0, 0, 0, 3, 1, 2, 3, 0xff, 0xff], bundle.Take(9));
        Assert.Equal(entries, Tiles.ParseEntryBundle(bundle));
    }

    [Fact]
    public void EntryBundle_MalformedOrOversized_Throws()
    {
        Assert.Throws<ArgumentException>(() => Tiles.EntryBundle([new byte[ushort.MaxValue + 1]]));
        Assert.Throws<FormatException>(() => Tiles.ParseEntryBundle([0]));
        Assert.Throws<FormatException>(() => Tiles.ParseEntryBundle([0, 3, 1, 2]));
    }

    [Fact]
    public void ForTree_EmptyTree_HasNoTiles()
    {
        Assert.Empty(Tiles.ForTree(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiles.ForTree(-1));
    }
}
