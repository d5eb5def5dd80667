using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Whom an order, injunction or settlement covers: listed persons, a class, or both.</summary>
public sealed record Scope(IReadOnlyList<PersonId> Persons, ClassScope? Class);
