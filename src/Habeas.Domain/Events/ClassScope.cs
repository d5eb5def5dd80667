using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// A class of persons an order or instrument protects. A person is covered when every stated criterion holds at
/// the moment judged, or when listed in <see cref="Members"/>.
/// </summary>
public sealed record ClassScope
{
    public string? Description { get; init; }

    public IReadOnlyList<CountryCode> Nationalities { get; init; } = [];

    /// <summary>An instrument kind the person must hold (e.g. <c>alien_enemy_designation</c>).</summary>
    public InstrumentKind? Designation { get; init; }

    public IReadOnlyList<FacilityId> HeldIn { get; init; } = [];

    public CountryCode? HeldInCountry { get; init; }

    public RemovalBasis? RemovalBasis { get; init; }

    /// <summary>True for classes defined by removal to a country not named in the removal order.</summary>
    public bool? DestinationNotInOrder { get; init; }

    public IReadOnlyList<PersonId> Members { get; init; } = [];
}
