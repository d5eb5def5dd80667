namespace Habeas.Core.Screening;

/// <summary>
/// Screen a manifest against a proposed transfer: to a facility (<see cref="ToFacility"/>) or a country
/// (<see cref="Country"/>), exactly one; on a date (<see cref="On"/>, default now), optionally under a removal basis.
/// </summary>
public sealed record ScreenCommand(string ManifestPath, string? ToFacility, string? Country, string? On, string? Basis);
