namespace Habeas.Core.Import;

/// <summary>Import a JSON Lines file of events: all of it, or nothing (DESIGN.md invariant 7).</summary>
/// <param name="FilePath">The file, as the user named it (error lines repeat it).</param>
/// <param name="SourceName">The provenance name; the file's name when null.</param>
/// <param name="RecordedBy">Who is importing.</param>
/// <param name="ExpectedVersion">
/// The registry version (last sequence) the caller last saw, when it must not append on top of someone else's
/// events; null to append to whatever is there.
/// </param>
/// <param name="DryRun">
/// Check every line against the registry as the import would (references, the gate, identity resolution) and say
/// what would be written, then write nothing.
/// </param>
public sealed record ImportCommand(string FilePath, string? SourceName, string RecordedBy, long? ExpectedVersion = null, bool DryRun = false);
