using Habeas.Matching.Linking;
using Habeas.Matching.Records;

namespace Habeas.Matching.Locating;

/// <summary>A record the locator found for a query, with why.</summary>
/// <param name="Record">The indexed record.</param>
/// <param name="Weight">The match weight (log2 Bayes factor, no prior): how much more likely the fields agree as they do if this is the person sought.</param>
/// <param name="Probability">
/// The probability that this record's id (the person) is the one sought, among every indexed id and "none of them": each id equally
/// likely a priori, even odds that the person is indexed at all. Two namesakes who fit equally well share it.
/// </param>
/// <param name="Reasons">Each field's level and weight.</param>
public sealed record LocatorHit(IdentityRecord Record, double Weight, double Probability, IReadOnlyList<FieldWeight> Reasons)
{
    /// <summary>The fields that spoke for the match, in one line: "given exact, surnames one dropped or paternal equal, dob exact".</summary>
    public string Agreement => string.Join(", ", Reasons.Where(r => r.Weight > 0).Select(r => $"{r.Field} {r.Level}"));
}
