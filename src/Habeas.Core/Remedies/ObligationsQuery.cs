using Habeas.Core.Audit;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Remedies;

/// <summary>
/// <c>habeas obligations</c>: every requirement of every court order for each person it names, and every remedy a
/// blocking finding opened, as they stand at a moment (valid time; default now); a recurring requirement gives one
/// obligation per occurrence (<see cref="Obligation.Ordered"/>).
/// </summary>
public sealed class ObligationsQuery(RuleBook rules, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Statuses = ["open", "due-soon", "overdue", "satisfied", "superseded", "stayed"];

    public async Task<(string AsOf, IReadOnlyList<ObligationView> Obligations)> RunAsync(
        RegistryLocation location, AsOf? asOf, string? status, CancellationToken cancellationToken)
    {
        var at = asOf?.Value ?? TimeValue.FromInstant(time.GetUtcNow());
        var (_, perPerson) = await EveryPerson.JudgeAsync(location, history => Of(history, Remedy.Opened(history, rules.Audit(history, at), at), at), cancellationToken);
        return (at.Text, Arrange(perPerson.SelectMany(o => o), status));
    }

    /// <summary>A person's obligations at <paramref name="at"/>: what the court orders require, and the remedies their blocking findings opened.</summary>
    internal static Obligation[] Of(CaseHistory history, IReadOnlyList<Remedy> remedies, TimeValue at) =>
        [.. Obligation.Ordered(history, at), .. remedies.Select(Obligation.From)];

    /// <summary>The board's order: by court order (remedies last), person and id; only <paramref name="status"/>'s when given.</summary>
    internal static IReadOnlyList<ObligationView> Arrange(IEnumerable<Obligation> obligations, string? status) =>
        obligations
            .Where(o => status is null || o.Status == status)
            .OrderBy(o => o.Order is null ? 1 : 0).ThenBy(o => o.Order, StringComparer.Ordinal).ThenBy(o => o.Person, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(ObligationView.From)
            .ToArray();
}
