using Habeas.Ledger;

namespace Habeas.Core.Ledger;

/// <summary>
/// The log's Ed25519 key pair in the data directory: <c>ledger.key</c> (the C2SP signed-note private key,
/// file mode 0600, never logged or printed) and <c>ledger.pub</c> (the verifier key, for anyone).
/// </summary>
public static class LedgerKeys
{
    public const string PrivateKeyFile = "ledger.key";
    public const string PublicKeyFile = "ledger.pub";

    /// <summary>Creates the key pair unless one exists; returns the verifier key (vkey) either way.</summary>
    public static string Create(string dataDirectory, string origin)
    {
        var privatePath = Path.Combine(dataDirectory, PrivateKeyFile);
        if (File.Exists(privatePath))
        {
            return Load(dataDirectory)!.VerifierKey;
        }

        Directory.CreateDirectory(dataDirectory);
        var signer = NoteSigner.Generate(origin);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(privatePath, options))
        {
            writer.Write(signer.PrivateKey + "\n");
        }

        File.WriteAllText(Path.Combine(dataDirectory, PublicKeyFile), signer.VerifierKey + "\n");
        return signer.VerifierKey;
    }

    /// <summary>The log's signer, or null when the registry has no key (created before the log had one).</summary>
    public static NoteSigner? Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, PrivateKeyFile);
        return File.Exists(path) ? NoteSigner.Parse(File.ReadAllText(path).Trim()) : null;
    }

    /// <summary>The log's verifier key, from <c>ledger.pub</c>, or null.</summary>
    public static NoteVerifier? LoadVerifier(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, PublicKeyFile);
        return File.Exists(path) ? NoteVerifier.Parse(File.ReadAllText(path).Trim()) : null;
    }
}
