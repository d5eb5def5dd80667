using Habeas.Core.Ledger;
using Habeas.Ledger;
using Habeas.Testing;

namespace Habeas.Core.Tests.Ledger;

public sealed class LogProofsTests
{
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Inclusion_EveryEvent_VerifiesAgainstTheSignedRoot(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var summary = await Run.ImportOkAsync(registry, SharedData.ContractSample);
        var checkpoint = Checkpoint.TryParse(SignedNote.Parse(summary.Checkpoint!).Text, out var c) ? c! : throw new InvalidOperationException();
        await using var db = await registry.OpenAsync();
        using var proofs = new LogProofs(db);

        for (var sequence = 1L; sequence <= 17; sequence++)
        {
            var proof = proofs.Inclusion(sequence, 17);
            Assert.Equal(Convert.ToBase64String(checkpoint.Root), proof.Root);
            Assert.True(MerkleTree.VerifyInclusion(proof.LeafIndex, proof.TreeSize, Convert.FromBase64String(proof.LeafHash),
                proof.Proof.Select(Convert.FromBase64String).ToArray(), checkpoint.Root), $"event {sequence}");
        }
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Consistency_BetweenTwoImports_Verifies(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var dir = registry.Location.DataDirectory;
        var first = await Run.ImportOkAsync(registry, new Events().Facility("F-1").Person("P-1").Person("P-2").WriteTo(dir, "a.jsonl"));
        var events = new Events();
        for (var i = 3; i < 600; i++)
        {
            events.Person($"P-{i}");
        }

        var second = await Run.ImportOkAsync(registry, events.WriteTo(dir, "b.jsonl"));
        await using var db = await registry.OpenAsync();
        using var proofs = new LogProofs(db);

        var proof = proofs.Consistency(first.LastSequence, second.LastSequence, second.LastSequence);

        Assert.True(MerkleTree.VerifyConsistency(proof.Size1, proof.Size2, Convert.FromBase64String(proof.Root1), Convert.FromBase64String(proof.Root2),
            proof.Proof.Select(Convert.FromBase64String).ToArray()));
        Assert.True(SignedNote.Verified(second.Checkpoint!, [LedgerKeys.LoadVerifier(dir)!]).Count == 1);
    }

    [Fact]
    public async Task Receipt_IsATlogProofThatVerifies()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var summary = await Run.ImportOkAsync(registry, SharedData.ContractSample);
        await using var db = await registry.OpenAsync();
        using var proofs = new LogProofs(db);

        var receipt = TlogProof.Parse(proofs.Receipt(13, 17, summary.Checkpoint!));
        Assert.True(Checkpoint.TryParse(SignedNote.Parse(receipt.Checkpoint).Text, out var checkpoint));
        Assert.Equal(12, receipt.Index);
        Assert.True(MerkleTree.VerifyInclusion(12, 17, proofs.Tile(0, 0)!.Value.Data.AsSpan(12 * 32, 32), receipt.Hashes, checkpoint!.Root));
    }
}
