namespace Habeas.Core.Store.Rows;

/// <summary>A person known to the registry (projection).</summary>
public sealed class PersonRow
{
    public required string PersonId { get; set; }

    /// <summary>The name as first recorded, natural order.</summary>
    public required string DisplayName { get; set; }

    public long FirstSequence { get; set; }

    public bool Sealed { get; set; }
}
