using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Habeas.Ledger.Tests;

public sealed class NoteKeyTests
{
    [Theory]
    [InlineData(NoteSigner.Ed25519Algorithm)]
    [InlineData(NoteSigner.CosignatureAlgorithm)]
    public void Generate_ThenParseBothForms_RoundTrips(byte algorithm)
    {
        var signer = NoteSigner.Generate("habeas.example/log", algorithm);

        var parsed = NoteSigner.Parse(signer.PrivateKey);
        var verifier = NoteVerifier.Parse(signer.VerifierKey);

        Assert.Equal(signer.PrivateKey, parsed.PrivateKey);
        Assert.Equal(signer.VerifierKey, verifier.VerifierKey);
        Assert.Equal((signer.Name, signer.KeyId, signer.Algorithm), (verifier.Name, verifier.KeyId, verifier.Algorithm));
    }

    [Fact]
    public void KeyId_AnyKey_IsFirstFourBytesOfHashOfNameTypeAndKey()
    {
        var verifier = NoteSigner.Generate("habeas.example/log").Verifier;

        var hash = SHA256.HashData([.. Encoding.UTF8.GetBytes("habeas.example/log"), 0x0A, 0x01, .. verifier.PublicKey]);

        Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(hash), verifier.KeyId);
    }

    [Fact]
    public void Sign_Message_VerifiesOnlyForThatMessageAndKey()
    {
        var signer = NoteSigner.Generate("habeas.example/log");
        var other = NoteSigner.Generate("habeas.example/log");
        var message = "custody"u8.ToArray();

        var signature = signer.Sign(message);

        Assert.Equal(64, signature.Length);
        Assert.True(signer.Verifier.Verify(message, signature));
        Assert.False(signer.Verifier.Verify("custodx"u8, signature));
        Assert.False(other.Verifier.Verify(message, signature));
        Assert.False(signer.Verifier.Verify(message, signature.AsSpan(1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("example.com+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2")]
    [InlineData("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k ")]
    [InlineData("example com+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903a+AuyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")]
    [InlineData("example.com/foo+530d903a")]
    public void NoteVerifierParse_MalformedOrMismatched_ThrowsFormatException(string vkey)
    {
        // Each row breaks one rule of the C2SP example key example.com/foo+530d903a+AekyeRrm…: name, ID, length, type.
        Assert.Throws<FormatException>(() => NoteVerifier.Parse(vkey));
    }

    [Theory]
    [InlineData("PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a3+AoEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz")]
    [InlineData("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKD")]
    public void NoteSignerParse_MalformedOrMismatched_ThrowsFormatException(string skey)
    {
        Assert.Throws<FormatException>(() => NoteSigner.Parse(skey));
    }

    [Fact]
    public void Create_BadNameSeedOrType_Throws()
    {
        Assert.Throws<ArgumentException>(() => NoteSigner.Generate("bad name"));
        Assert.Throws<ArgumentException>(() => NoteSigner.Generate("a+b"));
        Assert.Throws<ArgumentException>(() => NoteSigner.Create("log", new byte[31]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoteSigner.Generate("log", 0x02));
        Assert.Throws<ArgumentException>(() => NoteVerifier.Create("log", new byte[31]));
    }

    [Fact]
    public void ToString_Signer_NeverShowsThePrivateKey()
    {
        var signer = NoteSigner.Generate("habeas.example/log");
        // PRIVATE+KEY+<name>+<hash>+<key data>: the key data is base64 and may itself hold '+'.
        var secret = string.Join('+', signer.PrivateKey.Split('+').Skip(4));
        Assert.True(secret.Length > 40, secret);

        Assert.DoesNotContain(secret, signer.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("habeas.example/log+", signer.ToString(), StringComparison.Ordinal);
    }
}
