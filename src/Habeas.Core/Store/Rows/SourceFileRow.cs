namespace Habeas.Core.Store.Rows;

/// <summary>A file imported whole; its SHA-256 makes a second import of the same file a no-op.</summary>
public sealed class SourceFileRow
{
    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    public required string SourceName { get; set; }

    public int Lines { get; set; }

    public int Events { get; set; }

    public long FirstSequence { get; set; }

    public long LastSequence { get; set; }

    public long ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
