namespace Habeas.Core.Store.Rows;

/// <summary>One source's record of a person (projection of <c>person.recorded</c>). Lists are JSON arrays.</summary>
public sealed class PersonRecordRow
{
    public long Sequence { get; set; }

    public required string PersonId { get; set; }

    public required string Given { get; set; }

    public required string Surnames { get; set; }

    public required string Aliases { get; set; }

    public string? Dob { get; set; }

    public string? Sex { get; set; }

    public string? BirthCountry { get; set; }

    public required string Nationalities { get; set; }

    public required string Languages { get; set; }

    public string? ANumber { get; set; }

    /// <summary>All identifiers as a JSON object.</summary>
    public required string Identifiers { get; set; }
}
