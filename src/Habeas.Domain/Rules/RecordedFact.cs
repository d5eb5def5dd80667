using Habeas.Domain.Events;

namespace Habeas.Domain.Rules;

/// <summary>
/// An event as the registry holds it: its sequence in the log, its id (the source's or <c>HE-{sequence}</c>),
/// and the person it is about when exactly one (resolved by the registry, e.g. <c>HP-{sequence}</c>).
/// Findings cite facts by <see cref="Id"/>.
/// </summary>
public sealed record RecordedFact(long Sequence, string Id, RegistryEvent Event, string? Subject);
