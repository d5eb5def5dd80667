namespace Habeas.Domain.Events;

/// <summary>What an agreement pays: an amount in a currency, per person or per period (ISO 8601 duration).</summary>
public sealed record Payment(decimal? Amount, string? Currency, string? Per, string? Period);
