using System.Text.Json;

namespace Habeas.Ledger.Tests.Vectors;

/// <summary>The tlog_tiles, tile_path and tile_layout cases of tlog_vectors.json (C2SP tlog-tiles).</summary>
public sealed class TileVectorTests
{
    public static TheoryData<string> TileCases => TlogVectors.Ids("tlog_tiles");

    public static TheoryData<string> PathCases => TlogVectors.Ids("tile_path");

    public static TheoryData<string> LayoutCases => TlogVectors.Ids("tile_layout");

    [Theory]
    [MemberData(nameof(TileCases))]
    public void TileHashReader_VectorCase_MatchesExpectation(string id)
    {
        var c = TlogVectors.Case(id);

        var failures = CheckTiles(c);

        if (c.ExpectValid())
        {
            Assert.Empty(failures);
        }
        else
        {
            Assert.NotEmpty(failures);
            TestContext.Current.TestOutputHelper?.WriteLine("Rejected: " + string.Join("; ", failures));
        }
    }

    [Theory]
    [MemberData(nameof(PathCases))]
    public void Path_VectorCase_MatchesExpectedPath(string id)
    {
        var c = TlogVectors.Case(id);
        var level = c.GetProperty("level");
        var index = c.Long("index");
        var width = c.GetProperty("width").GetInt32();

        var path = level.ValueKind == JsonValueKind.String
            ? Tiles.EntriesPath(index, width)
            : Tiles.Path(new TileId(level.GetInt32(), index, width));

        Assert.Equal(c.Text("expect_path"), path);
    }

    [Theory]
    [MemberData(nameof(LayoutCases))]
    public void ForTree_VectorCase_MatchesExpectedLayout(string id)
    {
        var c = TlogVectors.Case(id);

        var tiles = Tiles.ForTree(c.Long("tree_size"));

        if (c.Has("expect_paths"))
        {
            Assert.Equal(c.Strings("expect_paths"), tiles.Select(Tiles.Path));
        }

        if (c.Has("expect_partial"))
        {
            Assert.Equal(c.Strings("expect_partial"), tiles.Where(t => !t.IsFull).Select(Tiles.Path));
        }

        if (c.TryGetProperty("expect_full_counts", out var counts))
        {
            var expected = counts.EnumerateObject().ToDictionary(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p => p.Value.GetInt32());
            var actual = tiles.Where(t => t.IsFull).GroupBy(t => t.Level).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected, actual);
        }
    }

    private static List<string> CheckTiles(JsonElement c)
    {
        var failures = new List<string>();
        var size = c.Long("tree_size");
        var tiles = c.GetProperty("tiles").EnumerateObject().ToDictionary(p => p.Name, p => TlogVectors.Decode(p.Value.GetString()!, c.Text("encoding")));
        var layout = Tiles.ForTree(size);
        if (!layout.Select(Tiles.Path).Order(StringComparer.Ordinal).SequenceEqual(tiles.Keys.Order(StringComparer.Ordinal)))
        {
            return ["the tiles are not the layout of a tree of this size"];
        }

        // The root from the published tiles alone, as a mirror's client would compute it.
        var reader = new TileHashReader(size, tile => tiles[Tiles.Path(tile)]);
        if (!MerkleTree.Root(size, reader).AsSpan().SequenceEqual(c.Bytes("expect_root")))
        {
            failures.Add("root from tiles differs");
        }

        if (c.TryGetProperty("entry_bundles", out var bundles))
        {
            // Every entry hashes to its level-0 tile hash; rebuilding the tree from the entries gives the same tiles.
            var entries = new List<byte[]>();
            foreach (var bundle in bundles.EnumerateObject().OrderBy(b => b.Name, StringComparer.Ordinal))
            {
                var bytes = TlogVectors.Decode(bundle.Value.GetString()!, c.Text("encoding"));
                var parsed = Tiles.ParseEntryBundle(bytes);
                if (!Tiles.EntryBundle(parsed).AsSpan().SequenceEqual(bytes))
                {
                    failures.Add("entry bundle does not round-trip");
                }

                entries.AddRange(parsed);
            }

            var (rebuilt, builder) = MemoryHashReader.Build(entries.Select(e => TreeHash.Leaf(e)));
            if (builder.Size != size)
            {
                failures.Add($"bundles hold {builder.Size} entries");
            }
            else
            {
                foreach (var tile in layout)
                {
                    if (!Tiles.Read(tile, rebuilt).AsSpan().SequenceEqual(tiles[Tiles.Path(tile)]))
                    {
                        failures.Add($"entries do not hash to tile {Tiles.Path(tile)}");
                    }
                }
            }
        }

        return failures;
    }
}
