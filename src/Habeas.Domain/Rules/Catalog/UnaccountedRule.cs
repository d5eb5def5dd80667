using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// UNACCOUNTED: a person removed to a facility abroad whose last custody record is older than
/// <see cref="RuleOptions.UnaccountedAfter"/>, or recorded as unaccounted for — no one may vanish from the record.
/// </summary>
public sealed class UnaccountedRule(RuleOptions options) : Rule
{
    public override RuleDescription Description { get; } = new(
        "UNACCOUNTED",
        "No one may vanish from the record",
        Severity.Flag,
        $"Flags a person recorded as unaccounted for, or removed to a facility abroad with no custody record for over {options.UnaccountedAfter.TotalDays:0} days.",
        ["ICCPR arts. 9, 16", "Declaration on the Protection of All Persons from Enforced Disappearance, G.A. Res. 47/133, art. 10 (1992)"]);

    public override IEnumerable<Finding> JudgeStanding(CaseHistory history, TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(at);
        var last = history.Facts
            .Where(f => f.Event.OccurredAt is { } t && t.Start <= at.Latest && f.Event is CustodyBegan or CustodyTransferred or PersonRemoved or
                CustodyHandedOver or RemovalHalted or PersonReturned or CustodyReleased or CustodyUnaccounted or PersonDied)
            .OrderBy(f => f.Event.OccurredAt!.Start).ThenBy(f => f.Sequence)
            .LastOrDefault();
        switch (last?.Event)
        {
            case CustodyUnaccounted u:
                yield return Found(history.Person, last, at, Severity.Flag,
                    $"{history.Person} is recorded as unaccounted for since {u.OccurredAt!.Text} (last known: {u.LastKnown ?? "not recorded"}).", []);
                break;
            case PersonRemoved { To: not null } or CustodyHandedOver { Facility: not null } or CustodyTransferred when Abroad(history, last) && at.Latest - last.Event.OccurredAt!.Latest > options.UnaccountedAfter:
                var days = (int)(at.Latest - last.Event.OccurredAt!.Latest).TotalDays;
                yield return Found(history.Person, last, at, Severity.Flag,
                    $"{history.Person} was sent to a facility abroad on {last.Event.OccurredAt!.Text} and no custody record has been made for {days} days.", []);
                break;
        }
    }

    private static bool Abroad(CaseHistory history, RecordedFact fact) => fact.Event switch
    {
        PersonRemoved r => r.Country != CountryCode.UnitedStates,
        CustodyHandedOver h => (h.Country ?? history.Facility(h.Facility?.Value)?.Country) is { } c && c != CountryCode.UnitedStates,
        CustodyTransferred t => history.Facility(t.To.Value)?.Country is { } c && c != CountryCode.UnitedStates,
        _ => false,
    };
}
