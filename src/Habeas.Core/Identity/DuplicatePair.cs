using Habeas.Matching.Linking;

namespace Habeas.Core.Identity;

/// <summary>Two registry persons who are probably one.</summary>
/// <param name="PersonA">One registry id.</param>
/// <param name="NameA">Its name as recorded.</param>
/// <param name="PersonB">The other registry id.</param>
/// <param name="NameB">Its name as recorded.</param>
/// <param name="Probability">That they are the same person.</param>
/// <param name="Status">
/// <c>merge</c> (at or above the threshold, no conflicting A-numbers, and neither person in another pair) or <c>review</c>.
/// </param>
/// <param name="Reasons">Each field's level, values and weight.</param>
public sealed record DuplicatePair(string PersonA, string NameA, string PersonB, string NameB, double Probability, string Status, IReadOnlyList<FieldWeight> Reasons);
