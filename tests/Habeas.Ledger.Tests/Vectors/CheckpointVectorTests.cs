using System.Text;
using System.Text.Json;

namespace Habeas.Ledger.Tests.Vectors;

/// <summary>
/// The checkpoint_body, checkpoint and tlog_proof cases of tlog_vectors.json (C2SP tlog-checkpoint,
/// tlog-cosignature, tlog-proof). A case is valid when every check it describes holds; an invalid case must
/// fail at least one.
/// </summary>
public sealed class CheckpointVectorTests
{
    public static TheoryData<string> BodyCases => TlogVectors.Ids("checkpoint_body");

    public static TheoryData<string> CheckpointCases => TlogVectors.Ids("checkpoint");

    public static TheoryData<string> ProofCases => TlogVectors.Ids("tlog_proof");

    [Theory]
    [MemberData(nameof(BodyCases))]
    public void CheckpointTryParse_VectorCase_MatchesExpectation(string id)
    {
        var c = TlogVectors.Case(id);
        var body = c.Text("body")!;

        var parsed = Checkpoint.TryParse(body, out var checkpoint);

        Assert.Equal(c.ExpectValid(), parsed);
        if (parsed)
        {
            Assert.Equal(body, checkpoint!.Body);
            if (c.Has("expect_size"))
            {
                Assert.Equal(c.Long("expect_size"), checkpoint.Size);
            }

            if (c.Has("expect_root"))
            {
                Assert.Equal(c.Bytes("expect_root"), checkpoint.Root);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CheckpointCases))]
    public void SignedCheckpoint_VectorCase_MatchesExpectation(string id)
    {
        var c = TlogVectors.Case(id);

        var failures = CheckCheckpoint(c);

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
    [MemberData(nameof(ProofCases))]
    public void TlogProof_VectorCase_MatchesExpectation(string id)
    {
        var c = TlogVectors.Case(id);

        var failures = CheckProof(c);

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

    private static List<string> CheckCheckpoint(JsonElement c)
    {
        var failures = new List<string>();
        var note = c.Text("note")!;
        string text;
        IReadOnlyList<NoteSignature> signatures;
        try
        {
            (text, signatures) = SignedNote.Parse(note);
        }
        catch (FormatException e)
        {
            return ["malformed note: " + e.Message];
        }

        if (!Checkpoint.TryParse(text, out var checkpoint))
        {
            return ["malformed checkpoint body"];
        }

        Check(failures, c.Text("expect_origin") is not { } origin || checkpoint.Origin == origin, "origin differs from expect_origin");
        Check(failures, c.Text("origin") is not { } logOrigin || checkpoint.Origin == logOrigin, "origin differs from the log's");
        Check(failures, !c.Has("expect_size") || checkpoint.Size == c.Long("expect_size"), "size differs");
        Check(failures, !c.Has("expect_root") || checkpoint.Root.AsSpan().SequenceEqual(c.Bytes("expect_root")), "root differs");

        var requireSignature = !c.TryGetProperty("require_signature", out var require) || require.GetBoolean();
        var logKeys = c.Strings("vkeys").Select(NoteVerifier.Parse).ToList();
        if (requireSignature)
        {
            Check(failures, logKeys.Count > 0 && SignedNote.Verified(note, logKeys).Count > 0, "no log signature verifies");
        }

        if (c.TryGetProperty("leaves_utf8", out _))
        {
            var leaves = c.Strings("leaves_utf8").Take((int)checkpoint.Size).Select(l => TreeHash.Leaf(Encoding.UTF8.GetBytes(l))).ToList();
            Check(failures, leaves.Count == checkpoint.Size && MerkleTree.RootFromLeaves(leaves).AsSpan().SequenceEqual(checkpoint.Root), "root is not MTH of the entries");
        }

        if (c.Text("resign_with_skey") is { } skey)
        {
            Check(failures, SignedNote.Sign(text, NoteSigner.Parse(skey)) == note, "re-signing does not reproduce the note");
        }

        if (c.Text("derived_vkey") is { } derived)
        {
            Check(failures, c.Strings("vkeys").Contains(NoteVerifier.Parse(derived).VerifierKey), "derived vkey is not the log key");
        }

        if (c.Has("witness_quorum"))
        {
            var witnesses = c.Strings("witness_vkeys").Select(NoteVerifier.Parse).ToList();
            var cosigned = SignedNote.Verified(note, witnesses);
            Check(failures, cosigned.Count >= c.GetProperty("witness_quorum").GetInt32(), $"witness quorum not met ({cosigned.Count})");

            var timestamps = new List<long>();
            foreach (var witness in witnesses)
            {
                foreach (var signature in signatures)
                {
                    if (Cosignature.Verify(text, signature, witness, out var time))
                    {
                        timestamps.Add(time);
                    }
                }
            }

            if (c.TryGetProperty("expect_cosignature_timestamps", out var expected))
            {
                Check(failures, expected.EnumerateArray().Select(e => e.GetInt64()).SequenceEqual(timestamps), "cosignature timestamps differ");
            }

            if (c.Text("witness_seed_hex") is { } seed)
            {
                // Ed25519 is deterministic: the witness key reproduces its cosignature line byte for byte.
                var witness = NoteSigner.Create(witnesses[0].Name, Convert.FromHexString(seed), NoteSigner.CosignatureAlgorithm);
                Check(failures, witness.VerifierKey == witnesses[0].VerifierKey, "witness seed does not give the witness key");
                var line = Cosignature.Sign(text, witness, timestamps.FirstOrDefault());
                Check(failures, note.EndsWith(line, StringComparison.Ordinal), "re-cosigning does not reproduce the line");
            }
        }

        if (c.Text("id") == "c2sp/tlog-cosignature/example")
        {
            // Format only (the spec publishes no key): the witness line decodes to key ID 8d66cf3f, a timestamp and 64 bytes.
            var witness = signatures.Single(s => s.Name == "witness.example.com/w1");
            Check(failures, witness.KeyId == 0x8d66cf3f && witness.Signature.Length == 72, "witness line shape");
            Check(failures, System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(witness.Signature) == 1679315147, "witness timestamp");
        }

        return failures;
    }

    private static List<string> CheckProof(JsonElement c)
    {
        var failures = new List<string>();
        var proofText = c.Text("proof_text")!;
        TlogProof proof;
        try
        {
            proof = TlogProof.Parse(proofText);
        }
        catch (FormatException e)
        {
            return ["malformed proof: " + e.Message];
        }

        Check(failures, proof.Format() == proofText, "formatting does not round-trip");
        var logKeys = c.Strings("vkeys").Select(NoteVerifier.Parse).ToList();
        Check(failures, SignedNote.Verified(proof.Checkpoint, logKeys).Count > 0, "no log signature verifies");
        Assert.True(Checkpoint.TryParse(SignedNote.Parse(proof.Checkpoint).Text, out var checkpoint));
        Check(failures, c.Text("origin") is not { } origin || checkpoint.Origin == origin, "origin differs");

        var leafHash = TreeHash.Leaf(Encoding.UTF8.GetBytes(c.Text("leaf_data_utf8")!));
        Check(failures, MerkleTree.VerifyInclusion(proof.Index, checkpoint.Size, leafHash, proof.Hashes, checkpoint.Root), "inclusion proof fails");
        Check(failures, logKeys.Any(k => proof.Verify(leafHash, k)), "TlogProof.Verify fails");
        if (proofText.Contains("\nextra ", StringComparison.Ordinal))
        {
            Check(failures, proof.Extra is not null && Encoding.UTF8.GetString(Convert.FromBase64String(proof.Extra)).Length > 0, "extra data lost");
        }

        return failures;
    }

    private static void Check(List<string> failures, bool holds, string failure)
    {
        if (!holds)
        {
            failures.Add(failure);
        }
    }
}
