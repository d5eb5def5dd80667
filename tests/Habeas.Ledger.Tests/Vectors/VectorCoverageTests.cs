namespace Habeas.Ledger.Tests.Vectors;

/// <summary>Every case of tlog_vectors.json is a row of exactly one vector theory.</summary>
public sealed class VectorCoverageTests
{
    [Fact]
    public void Theories_AllVectorCases_CoveredExactlyOnce()
    {
        string[][] rows =
        [
            [.. Rows(TreeHashVectorTests.LeafHashCases), .. Rows(TreeHashVectorTests.NodeHashCases), .. Rows(TreeHashVectorTests.TreeRootCases)],
            [.. Rows(ProofVectorTests.InclusionCases), .. Rows(ProofVectorTests.ConsistencyCases)],
            [.. Rows(NoteVectorTests.SignedNoteCases), .. Rows(NoteVectorTests.VerifierKeyCases), .. Rows(NoteVectorTests.PrivateKeyCases), .. Rows(NoteVectorTests.Ed25519Cases)],
            [.. Rows(CheckpointVectorTests.BodyCases), .. Rows(CheckpointVectorTests.CheckpointCases), .. Rows(CheckpointVectorTests.ProofCases)],
            [.. Rows(TileVectorTests.TileCases), .. Rows(TileVectorTests.PathCases), .. Rows(TileVectorTests.LayoutCases)],
        ];
        var covered = rows.SelectMany(r => r).ToList();
        var all = TlogVectors.Cases.Select(c => c.Text("id")!).ToList();

        Assert.Equal(covered.Count, covered.Distinct().Count());
        Assert.Equal(all.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
        Assert.Equal(TlogVectors.Root.GetProperty("meta").GetProperty("counts").GetProperty("total").GetInt32(), covered.Count);
    }

    private static IEnumerable<string> Rows(TheoryData<string> data) => data.Select(row => row.Data);
}
