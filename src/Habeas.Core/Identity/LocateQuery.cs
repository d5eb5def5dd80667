namespace Habeas.Core.Identity;

/// <summary>Look a person up in the registry by what a caller knows.</summary>
/// <param name="Name">The name as the caller writes it ("Jose Garcia", "GARCIA LOPEZ, JOSE").</param>
/// <param name="Dob">Date of birth in any common form, or null.</param>
/// <param name="Country">Nationality or country of birth (SV, SLV, El Salvador), or null.</param>
/// <param name="Id">An A-number in any form, or null.</param>
/// <param name="Limit">How many candidates at most (1–50).</param>
/// <param name="Public">A public caller: sealed persons are left out and only DESIGN.md's public fields are returned.</param>
public sealed record LocateQuery(string? Name, string? Dob = null, string? Country = null, string? Id = null, int Limit = 5, bool Public = false);
