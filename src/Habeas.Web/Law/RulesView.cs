using Habeas.Core.Audit;

namespace Habeas.Web.Law;

/// <summary>The catalog: <c>{"rules": [...]}</c>.</summary>
internal sealed record RulesView(IReadOnlyList<RuleView> Rules);
