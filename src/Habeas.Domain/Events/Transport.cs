using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>The conveyance of a movement: a flight or bus id, its mode and the countries it stops in.</summary>
public sealed record Transport(string? Id, string? Mode, IReadOnlyList<CountryCode> Stops);
