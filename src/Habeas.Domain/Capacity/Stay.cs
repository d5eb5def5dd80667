namespace Habeas.Domain.Capacity;

/// <summary>A person's time in a place: from arrival until departure (null: still there).</summary>
public readonly record struct Stay(DateTimeOffset From, DateTimeOffset? Until)
{
    /// <summary>Whether the person was there at <paramref name="at"/> (arrived at or before it, not yet gone).</summary>
    public bool HeldAt(DateTimeOffset at) => From <= at && (Until is not { } until || until > at);
}
