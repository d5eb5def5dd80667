namespace Habeas.Core.Store.Rows;

/// <summary>A person known to the registry (projection).</summary>
public sealed class PersonRow
{
    public required string PersonId { get; set; }

    /// <summary>The name as first recorded, natural order.</summary>
    public required string DisplayName { get; set; }

    public long FirstSequence { get; set; }

    public bool Sealed { get; set; }

    /// <summary>The person this id was merged into by an <c>identity.merged</c> (the survivor it named), or null.</summary>
    public string? MergedInto { get; set; }

    /// <summary>
    /// The person this id belongs to now: the end of the chain of <see cref="MergedInto"/> (a person merged into one
    /// later merged into another belongs to the last), or null when it is a person of its own.
    /// </summary>
    public string? SurvivorId { get; set; }
}
