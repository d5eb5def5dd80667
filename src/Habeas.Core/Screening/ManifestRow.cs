using Habeas.Domain.Values;

namespace Habeas.Core.Screening;

/// <summary>
/// One person on a manifest, as read: the row number (1 = first row after the header), the file line, the cells as
/// given, and the values the matcher compares (A-number, name, date of birth, nationality).
/// </summary>
public sealed record ManifestRow(
    int Row, int Line, IReadOnlyDictionary<string, string> Input, string Name, ANumber? ANumber,
    string? Dob, CountryCode? Nationality);
