namespace Habeas.Web.Law;

/// <summary>A rule of the catalog as the API shows it (the shape of <c>habeas rules --format json</c>).</summary>
internal sealed record RuleView(
    string Id, string Title, string Severity, string Checks, IReadOnlyList<string> Authorities, DateOnly? InForceFrom, DateOnly? InForceUntil);
