namespace Habeas.Ledger.Tests.Vectors;

/// <summary>The signed_note, vkey, skey and ed25519 cases of tlog_vectors.json (C2SP signed-note, RFC 8032).</summary>
public sealed class NoteVectorTests
{
    public static TheoryData<string> SignedNoteCases => TlogVectors.Ids("signed_note");

    public static TheoryData<string> VerifierKeyCases => TlogVectors.Ids("vkey");

    public static TheoryData<string> PrivateKeyCases => TlogVectors.Ids("skey");

    public static TheoryData<string> Ed25519Cases => TlogVectors.Ids("ed25519");

    [Theory]
    [MemberData(nameof(SignedNoteCases))]
    public void Verified_VectorCase_MatchesExpectation(string id)
    {
        var c = TlogVectors.Case(id);
        var note = c.Text("note")!;
        var verifiers = c.Strings("vkeys").Select(NoteVerifier.Parse).ToList();

        IReadOnlyList<string> verified;
        try
        {
            verified = SignedNote.Verified(note, verifiers);
        }
        catch (FormatException) when (!c.ExpectValid())
        {
            return;
        }

        if (!c.ExpectValid())
        {
            Assert.Empty(verified);
            return;
        }

        Assert.Equal(c.Strings("expect_verified").Order(StringComparer.Ordinal), verified.Order(StringComparer.Ordinal));
        var (text, _) = SignedNote.Parse(note);
        if (c.Text("expect_text") is { } expectedText)
        {
            Assert.Equal(expectedText, text);
        }

        if (c.Text("resign_with_skey") is { } skey)
        {
            // Ed25519 is deterministic (RFC 8032 §5.1.6): signing again gives the same note.
            Assert.Equal(note, SignedNote.Sign(text, NoteSigner.Parse(skey)));
        }

        Assert.Equal(note, SignedNote.AddSignatures(note, []));
    }

    [Theory]
    [MemberData(nameof(VerifierKeyCases))]
    public void NoteVerifierParse_VectorCase_ReadsTypeAndRoundTrips(string id)
    {
        var c = TlogVectors.Case(id);
        var vkey = c.Text("vkey")!;

        var verifier = NoteVerifier.Parse(vkey);

        Assert.Equal(c.GetProperty("expect_type").GetInt32(), verifier.Algorithm);
        Assert.Equal(vkey, verifier.VerifierKey);
        Assert.Equal(vkey.Split('+')[1], verifier.KeyId.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(32, verifier.PublicKey.Length);
    }

    [Theory]
    [MemberData(nameof(PrivateKeyCases))]
    public void NoteSignerParse_VectorCase_DerivesExpectedVerifierKey(string id)
    {
        var c = TlogVectors.Case(id);
        var skey = c.Text("skey")!;

        var signer = NoteSigner.Parse(skey);

        Assert.Equal(c.Text("expect_vkey"), signer.VerifierKey);
        Assert.Equal(skey, signer.PrivateKey);
    }

    [Theory]
    [MemberData(nameof(Ed25519Cases))]
    public void Ed25519_VectorCase_MatchesRfc8032(string id)
    {
        var c = TlogVectors.Case(id);
        var publicKey = c.Bytes("public_key");
        var message = c.Bytes("message_hex");
        var signature = c.Bytes("signature");

        if (c.Has("seed"))
        {
            var signer = NoteSigner.Create("rfc8032.example/test", c.Bytes("seed"));
            Assert.Equal(publicKey, signer.Verifier.PublicKey);
            Assert.Equal(signature, signer.Sign(message));
        }

        Assert.Equal(c.ExpectValid(), NoteVerifier.Create("rfc8032.example/test", publicKey).Verify(message, signature));
    }
}
