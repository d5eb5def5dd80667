namespace Habeas.Core.Import;

/// <summary>What an import came to. Callers switch over the cases.</summary>
public abstract record ImportResult
{
    private ImportResult()
    {
    }

    /// <summary>Every line was valid and is now in the registry.</summary>
    public sealed record Imported(ImportSummary Summary) : ImportResult;

    /// <summary>A dry run: every line was valid; <paramref name="Summary"/> is what the import would write. Nothing was written.</summary>
    public sealed record Checked(ImportSummary Summary) : ImportResult;

    /// <summary>A file with the same SHA-256 was imported before; nothing was added.</summary>
    public sealed record AlreadyImported(string Sha256, string FileName, long FirstSequence, long LastSequence) : ImportResult;

    /// <summary>Some lines were invalid; nothing was written. <paramref name="Errors"/> holds the first 50.</summary>
    public sealed record Rejected(IReadOnlyList<string> Errors, int ErrorCount) : ImportResult;

    /// <summary>Another writer appended while this import ran; nothing was written, and it can be retried.</summary>
    public sealed record ConcurrentWriter(string Message) : ImportResult;
}
