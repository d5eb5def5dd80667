using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Audit;

/// <summary>A remedy in the shape of <c>habeas audit --format json</c>'s <c>remedies</c> (beside the obligations of DESIGN.md).</summary>
public sealed record RemedyView(
    string Id, string Person, string Removal, long? Sequence, IReadOnlyList<string> Findings, string Action, string? Owner, string Since, string Status,
    IReadOnlyList<string> Evidence, IReadOnlyList<string> Orders)
{
    public static RemedyView From(Remedy remedy)
    {
        ArgumentNullException.ThrowIfNull(remedy);
        return new RemedyView(remedy.Id, remedy.Person, remedy.Removal, remedy.Sequence, remedy.Findings, SnakeCase.Name(remedy.Action), remedy.Owner,
            remedy.Since, remedy.Status, remedy.Evidence, remedy.Orders);
    }
}
