using System.Buffers.Binary;
using System.Text;

namespace Habeas.Ledger.Tests;

public sealed class CosignatureTests
{
    private const long SignedAt = 1_760_000_000;

    private static readonly NoteSigner Log = NoteSigner.Generate("habeas.example/log");
    private static readonly NoteSigner Witness = NoteSigner.Generate("witness.example/w1", NoteSigner.CosignatureAlgorithm);

    private static string Body => new Checkpoint("habeas.example/log", 8, TestTrees.Large.Roots[8], []).Body;

    [Fact]
    public void Sign_ThenVerify_ReturnsTheTimestamp()
    {
        var line = Cosignature.Sign(Body, Witness, SignedAt);
        var note = SignedNote.AddSignatures(SignedNote.Sign(Body, Log), [line]);
        var signature = SignedNote.Parse(note).Signatures.Single(s => s.Name == Witness.Name);

        Assert.True(Cosignature.Verify(Body, signature, Witness.Verifier, out var time));
        Assert.Equal(SignedAt, time);
        Assert.Equal(8 + 64, signature.Signature.Length);
        Assert.Equal(["habeas.example/log", "witness.example/w1"], SignedNote.Verified(note, [Log.Verifier, Witness.Verifier]));
    }

    [Fact]
    public void Sign_Body_SignsTheCosignatureV1Message()
    {
        var line = Cosignature.Sign(Body, Witness, SignedAt);
        var payload = Convert.FromBase64String(line.TrimEnd('\n').Split(' ')[^1]);

        // C2SP tlog-cosignature: key ID ‖ u64 timestamp ‖ Ed25519("cosignature/v1\ntime <t>\n" ‖ body).
        var message = Encoding.UTF8.GetBytes($"cosignature/v1\ntime {SignedAt}\n{Body}");

        Assert.Equal(Witness.KeyId, BinaryPrimitives.ReadUInt32BigEndian(payload));
        Assert.Equal(SignedAt, BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(4)));
        Assert.True(Witness.Verifier.Verify(message, payload.AsSpan(12)));
    }

    [Fact]
    public void Verify_OtherBodyOrKeyOrType_Fails()
    {
        var signature = SignedNote.Parse(SignedNote.AddSignatures(SignedNote.Sign(Body, Log), [Cosignature.Sign(Body, Witness, SignedAt)])).Signatures[1];
        var otherBody = new Checkpoint("habeas.example/log", 9, TestTrees.Large.Roots[9], []).Body;
        var asEd25519 = NoteVerifier.Create(Witness.Name, Witness.Verifier.PublicKey, NoteSigner.Ed25519Algorithm);

        Assert.False(Cosignature.Verify(otherBody, signature, Witness.Verifier, out _));
        Assert.False(Cosignature.Verify(Body, signature, NoteSigner.Generate(Witness.Name, NoteSigner.CosignatureAlgorithm).Verifier, out _));
        Assert.False(Cosignature.Verify(Body, signature, asEd25519, out _));
        Assert.False(Cosignature.Verify("not a checkpoint\n", signature, Witness.Verifier, out _));
        Assert.False(Cosignature.Verify(Body, signature with { Signature = signature.Signature[..^1] }, Witness.Verifier, out _));
    }

    [Fact]
    public void Sign_NotACheckpointOrNotAWitnessKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => Cosignature.Sign("free text\n", Witness, SignedAt));
        Assert.Throws<ArgumentException>(() => Cosignature.Sign(Body, Log, SignedAt));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cosignature.Sign(Body, Witness, -1));
    }
}
