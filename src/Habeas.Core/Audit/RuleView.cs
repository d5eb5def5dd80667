using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Audit;

/// <summary>A rule of the catalog as users read it (<c>habeas rules --format json</c>, <c>GET /api/v1/rules</c>): one shape for both.</summary>
public sealed record RuleView(
    string Id, string Title, string Severity, string Checks, IReadOnlyList<string> Authorities, DateOnly? InForceFrom, DateOnly? InForceUntil)
{
    public static RuleView From(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var d = rule.Description;
        return new RuleView(d.Id, d.Title, SnakeCase.Name(d.Severity), d.Checks, d.Authorities, d.InForceFrom, d.InForceUntil);
    }
}
