namespace Habeas.Domain.Values;

/// <summary>How precisely a source stated when something happened.</summary>
public enum TimePrecision
{
    /// <summary>An instant with a UTC offset.</summary>
    Instant,

    /// <summary>A calendar day in the event's time zone.</summary>
    Date,

    /// <summary>A calendar month in the event's time zone.</summary>
    Month,

    /// <summary>A calendar year in the event's time zone.</summary>
    Year,
}
