using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Records;

/// <summary>
/// One record about a person as a list gave it, already read into its parts. Everything but <see cref="Id"/> may be
/// missing: a missing field neither supports nor counts against a match.
/// </summary>
/// <param name="Id">The record's identifier in its list (unique within the list).</param>
/// <param name="Name">Given names and surnames.</param>
/// <param name="BirthDate">Date of birth, to the precision given; null when unknown.</param>
/// <param name="IdNumber">An identifying number (A-number, or the list's own person number) as digits; null when unknown.</param>
/// <param name="Country">Nationality or country of birth, ISO 3166-1 alpha-2; null when unknown.</param>
/// <param name="Sex">'F' or 'M'; null when unknown.</param>
/// <param name="Texts">Further fields both lists share (an address, a postcode), in the order of the linker's text fields.</param>
public sealed record IdentityRecord(
    string Id,
    PersonName Name,
    BirthDate? BirthDate = null,
    string? IdNumber = null,
    string? Country = null,
    char? Sex = null,
    IReadOnlyList<string?>? Texts = null);
