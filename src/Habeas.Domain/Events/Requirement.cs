using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>One thing a court order requires, by when, and how often for recurring duties (ISO 8601 duration).</summary>
public sealed record Requirement(OrderAction Action, TimeValue? Due, string? Every);
