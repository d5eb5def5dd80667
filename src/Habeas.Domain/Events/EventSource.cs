namespace Habeas.Domain.Events;

/// <summary>Where a fact came from, as the event states it (<c>{"name", "ref"}</c>).</summary>
public sealed record EventSource(string? Name, string? Ref);
