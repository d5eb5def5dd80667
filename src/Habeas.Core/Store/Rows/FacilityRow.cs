namespace Habeas.Core.Store.Rows;

/// <summary>A facility as it stands after its registration and updates (projection).</summary>
public sealed class FacilityRow
{
    public required string FacilityId { get; set; }

    public required string Name { get; set; }

    public required string Country { get; set; }

    /// <summary>The physical custodian.</summary>
    public required string Authority { get; set; }

    public int? Capacity { get; set; }

    public string? Kind { get; set; }

    public string? Standard { get; set; }

    public long RegisteredSequence { get; set; }

    public long? UpdatedSequence { get; set; }
}
