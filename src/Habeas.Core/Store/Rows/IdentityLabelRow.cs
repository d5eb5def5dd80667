namespace Habeas.Core.Store.Rows;

/// <summary>
/// A decision that two person ids are, or are not, one person (projection of <c>identity.merged</c> and
/// <c>identity.split</c>): the labels a reviewer's decisions leave, which keep a rejected pair out of the review
/// queue and refine the matching weights. The registry's own links are kept too, marked as such.
/// </summary>
public sealed class IdentityLabelRow
{
    /// <summary>The merge or split.</summary>
    public long Sequence { get; set; }

    public required string PersonId { get; set; }

    public required string OtherPersonId { get; set; }

    /// <summary>True: one person (a merge); false: two (a split).</summary>
    public bool Same { get; set; }

    /// <summary>Made by identity resolution, not a person.</summary>
    public bool ByRegistry { get; set; }
}
