namespace Habeas.Domain.Rules;

/// <summary>
/// What a user reads about a rule in the catalog (<c>habeas rules</c>): its id, title, the most it can do
/// (<see cref="Severity"/>), what it checks, the authorities it rests on, and the dates it is in force (valid time
/// of the act judged; null = no bound).
/// </summary>
public sealed record RuleDescription(
    string Id,
    string Title,
    Severity Severity,
    string Checks,
    IReadOnlyList<string> Authorities,
    DateOnly? InForceFrom = null,
    DateOnly? InForceUntil = null);
