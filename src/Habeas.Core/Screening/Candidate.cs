namespace Habeas.Core.Screening;

/// <summary>A registry person a manifest row may be, and why the matcher thinks so.</summary>
public sealed record Candidate(string Person, string Reason);
