namespace Habeas.Ledger.Tests;

public sealed class SignedNoteTests
{
    private const string Text = "Habeas test note\nsecond line\n";

    private static readonly NoteSigner Log = NoteSigner.Generate("habeas.example/log");
    private static readonly NoteSigner Mirror = NoteSigner.Generate("habeas.example/mirror");

    [Fact]
    public void Sign_TwoSigners_EachSignatureVerifies()
    {
        var note = SignedNote.Sign(Text, Log, Mirror);

        Assert.StartsWith(Text + "\n\u2014 habeas.example/log ", note, StringComparison.Ordinal);
        Assert.Equal(["habeas.example/log", "habeas.example/mirror"], SignedNote.Verified(note, [Mirror.Verifier, Log.Verifier]));
        Assert.Equal(Text, SignedNote.Parse(note).Text);
    }

    [Fact]
    public void Verified_TamperedText_NamesNoOne()
    {
        var note = SignedNote.Sign(Text, Log);

        var tampered = note.Replace("second", "Second", StringComparison.Ordinal);

        Assert.Empty(SignedNote.Verified(tampered, [Log.Verifier]));
    }

    [Fact]
    public void Verified_TamperedSignature_NamesNoOne()
    {
        var note = SignedNote.Sign(Text, Log);
        var (text, signatures) = SignedNote.Parse(note);
        var bytes = signatures[0].Signature;
        bytes[10] ^= 1;

        var tampered = text + "\n" + (signatures[0] with { Signature = bytes }).Format();

        Assert.Empty(SignedNote.Verified(tampered, [Log.Verifier]));
    }

    [Fact]
    public void Verified_SameNameOtherKey_IgnoresTheSignature()
    {
        var impostor = NoteSigner.Generate("habeas.example/log");

        var note = SignedNote.Sign(Text, impostor);

        Assert.Empty(SignedNote.Verified(note, [Log.Verifier]));
    }

    [Fact]
    public void Verified_DuplicateSignature_NamedOnce()
    {
        var note = SignedNote.Sign(Text, Log, Log);

        Assert.Equal(["habeas.example/log"], SignedNote.Verified(note, [Log.Verifier]));
    }

    [Fact]
    public void Parse_TextWithBlankLines_SplitsAtTheLastBlankLine()
    {
        const string text = "first\n\nthird\n";

        var note = SignedNote.Sign(text, Log);

        Assert.Equal(text, SignedNote.Parse(note).Text);
        Assert.Equal(["habeas.example/log"], SignedNote.Verified(note, [Log.Verifier]));
    }

    [Theory]
    [InlineData("text\n")]
    [InlineData("text\n\n")]
    [InlineData("text\n\nnot a signature\n")]
    [InlineData("text\n\n\u2014 name\n")]
    [InlineData("text\n\n\u2014 name AAAA\n")]
    [InlineData("text\n\n\u2014 name AAAAAAA=\n\n")]
    [InlineData("text\r\n\n\u2014 name AAAAAAA=\n")]
    [InlineData("te\txt\n\n\u2014 name AAAAAAA=\n")]
    [InlineData("text\n\n\u2014 name AAAAAAA\n")]
    [InlineData("text\n\n\u2014 na+me AAAAAAA=\n")]
    [InlineData("text\n\n- name AAAAAAA=\n")]
    public void Parse_MalformedNote_ThrowsFormatException(string note)
    {
        Assert.Throws<FormatException>(() => SignedNote.Parse(note));
    }

    [Fact]
    public void Parse_MoreThanMaxSignatures_ThrowsFormatException()
    {
        var line = SignedNote.Parse(SignedNote.Sign(Text, Log)).Signatures[0].Format();

        var note = Text + "\n" + string.Concat(Enumerable.Repeat(line, SignedNote.MaxSignatures + 1));

        Assert.Throws<FormatException>(() => SignedNote.Parse(note));
    }

    [Theory]
    [InlineData("no final newline")]
    [InlineData("")]
    [InlineData("bell \u0007\n")]
    public void Sign_InvalidText_Throws(string text)
    {
        Assert.Throws<ArgumentException>(() => SignedNote.Sign(text, Log));
    }

    [Fact]
    public void Sign_NoSignerOrCosignatureKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => SignedNote.Sign(Text));
        Assert.Throws<ArgumentException>(() => SignedNote.Sign(Text, NoteSigner.Generate("witness", NoteSigner.CosignatureAlgorithm)));
    }

    [Fact]
    public void AddSignatures_NewAndRepeatedLines_AppendsOnlyTheNew()
    {
        var byLog = SignedNote.Sign(Text, Log);
        var mirrorLine = SignedNote.Parse(SignedNote.Sign(Text, Mirror)).Signatures[0].Format();

        var merged = SignedNote.AddSignatures(byLog, [mirrorLine, mirrorLine.TrimEnd('\n'), SignedNote.Parse(byLog).Signatures[0].Format()]);

        Assert.Equal(byLog + mirrorLine, merged);
        Assert.Equal(2, SignedNote.Verified(merged, [Log.Verifier, Mirror.Verifier]).Count);
    }

    [Theory]
    [InlineData("not a signature")]
    [InlineData("\u2014 name AAAAAAA=\n\u2014 name AAAAAAA=\n")]
    public void AddSignatures_MalformedLine_ThrowsFormatException(string line)
    {
        Assert.Throws<FormatException>(() => SignedNote.AddSignatures(SignedNote.Sign(Text, Log), [line]));
    }
}
