using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Core.Recording;

/// <summary>
/// Turns a person's custody events, taken in valid-time order, into custody periods: each event closes the
/// open period (if any) at its own time and may open the next. The incremental projection and the full
/// recomputation both use this one step, so they cannot disagree.
/// </summary>
internal static class CustodyFold
{
    /// <summary>The event types that move a person between custodial situations.</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        CustodyBegan.TypeName, CustodyTransferred.TypeName, PersonRemoved.TypeName, CustodyHandedOver.TypeName,
        RemovalHalted.TypeName, PersonReturned.TypeName, CustodyReleased.TypeName, CustodyUnaccounted.TypeName,
        PersonDied.TypeName,
    };

    /// <summary>
    /// One step. Returns the open period closed by the event (or null when none is) and the period the event
    /// opens (or null). The period is <paramref name="person"/>'s: the event's own id, or the person it was merged into.
    /// </summary>
    public static (CustodyPeriod? Closed, CustodyPeriod? Opened) Step(
        CustodyPeriod? open, RegistryEvent e, long sequence, string person, Func<string, string?> countryOfFacility)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = e.OccurredAt ?? throw new ArgumentException("A custody event needs occurred_at.", nameof(e));
        CustodyPeriod New(string status, string? facility, string? country, string? authority, string? basis) => new()
        {
            FromSequence = sequence,
            PersonId = person,
            Status = status,
            FacilityId = facility,
            Country = country ?? (facility is null ? null : countryOfFacility(facility)),
            Authority = authority,
            Basis = basis,
            FromAt = at.Start.ToUnixTimeMilliseconds(),
            FromText = at.Text,
        };

        CustodyPeriod? opened = e switch
        {
            CustodyBegan b => New(CustodyStatus.Held, b.Facility.Value, null, b.Authority,
                Name(b.Basis) ?? (open?.FacilityId == b.Facility.Value ? open.Basis : null)),
            CustodyTransferred t => New(CustodyStatus.Held, t.To.Value, null,
                t.Authority ?? open?.Authority, Name(t.Basis) ?? open?.Basis),
            PersonRemoved r when r.To is not null => New(CustodyStatus.InTransit, null, r.Country.Value,
                r.Authority ?? open?.Authority, Name(r.Basis)) with
            {
                Transport = r.Transport?.Id,
                OriginFacilityId = r.From?.Value ?? open?.FacilityId,
            },
            CustodyHandedOver h => New(CustodyStatus.Held, h.Facility?.Value, h.Country?.Value,
                h.Authority ?? open?.Authority, open?.Basis),
            RemovalHalted when open is { Status: CustodyStatus.InTransit } => New(CustodyStatus.Held,
                open.OriginFacilityId, open.OriginFacilityId is null ? CountryCode.UnitedStates.Value : null, open.Authority, open.Basis),
            PersonReturned r => New(CustodyStatus.Held, r.To.Value, null,
                r.Authority ?? open?.Authority, Name(r.Basis) ?? open?.Basis),
            CustodyUnaccounted u => New(CustodyStatus.Unaccounted, null, null, open?.Authority, null) with
            {
                OriginFacilityId = u.LastKnown ?? open?.FacilityId,
            },
            _ => null,
        };

        // A halted removal that was not in transit changes nothing; everything else ends the open period.
        var closes = open is not null && (opened is not null || e is not RemovalHalted);
        var closed = closes
            ? open! with { UntilAt = at.Start.ToUnixTimeMilliseconds(), UntilText = at.Text, UntilSequence = sequence }
            : null;
        return (closed, opened);
    }

    private static string? Name(CustodyBasis? basis) => basis is { } b ? SnakeCase.Name(b) : null;

    private static string? Name(RemovalBasis? basis) => basis is { } b ? SnakeCase.Name(b) : null;
}
