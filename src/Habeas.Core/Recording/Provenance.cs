namespace Habeas.Core.Recording;

/// <summary>
/// Who recorded a batch of events, when (transaction time, Unix ms UTC), and from which source — the file's
/// name and SHA-256 when imported (DESIGN.md invariant 3).
/// </summary>
public sealed record Provenance(string RecordedBy, long RecordedAt, string? SourceName, string? SourceSha256);
