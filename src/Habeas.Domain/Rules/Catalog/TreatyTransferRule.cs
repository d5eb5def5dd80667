using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// TREATY-TRANSFER: a sentenced person may be sent to a prison abroad only under a prisoner-transfer treaty, with
/// consent verified, and only to a country of which they are a citizen or national.
/// </summary>
public sealed class TreatyTransferRule : Rule
{
    public override RuleDescription Description { get; } = new(
        "TREATY-TRANSFER",
        "A sentenced person goes to a prison abroad only with consent, to their own country",
        Severity.Block,
        "Blocks a treaty transfer, or a transfer abroad of a person serving a criminal sentence, without a transfer_consent for that " +
        "country, or to a country not among the person's nationalities.",
        ["18 U.S.C. 4100(b)", "18 U.S.C. 4107"],
        InForceFrom: new DateOnly(1977, 10, 28));

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        // Serving a sentence when the act began (the custody record before it), or the act says so itself; a transfer
        // recorded with the receiving state's basis (foreign) does not end the sentence it carries out.
        var held = history.HeldAt(move.At, move.Observed);
        var sentenced = move.CustodyBasis == CustodyBasis.CriminalSentence || held is { Basis: CustodyBasis.CriminalSentence };
        // An ordinary removal of a person who served a sentence rests on a removal order (8 U.S.C. 1231(a)(4)): REMOVAL-ORDER judges it.
        var treaty = move.RemovalBasis == RemovalBasis.TreatyTransfer || (move.Kind == MoveKind.Transfer && sentenced);
        if (!move.Abroad || !treaty)
        {
            yield break;
        }

        var basis = held is { Basis: CustodyBasis.CriminalSentence } h ? [h.Fact] : Array.Empty<RecordedFact>();
        // 18 U.S.C. 4107(a): the consent is verified before the transfer; a verification that may have followed it is doubt.
        var consents = history.InForce(InstrumentKind.TransferConsent, move.At)
            .Select(c => c.Instrument)
            .Where(c => c.Instrument.DestinationCountry == move.Destination && c.Instrument.VerifiedAt is not null)
            .Select(c => (Consent: c, Verified: Chronology.AtOrBefore(c.Instrument.VerifiedAt!, move.At)))
            .Where(c => c.Verified != Certainty.No)
            .ToArray();
        if (consents.Length == 0)
        {
            yield return Found(move, Severity.Block,
                $"No verified consent of {move.Person} to transfer to {move.Destination.Value} is recorded; {Act(move)} is barred.", basis, aspect: "consent");
        }
        else if (consents.All(c => c.Verified == Certainty.Possibly))
        {
            yield return Found(move, Severity.Block,
                $"The consent of {move.Person} ({consents[0].Consent.Recorded.Id}) may have been verified only after {Act(move)}; it must be verified before.",
                basis.Concat(consents.SelectMany(c => c.Consent.Facts)), uncertain: true, aspect: "consent");
        }

        var nationalities = history.Nationalities;
        if (!nationalities.Contains(move.Destination))
        {
            var holds = nationalities.Count == 0 ? "no recorded nationality" : "nationality " + string.Join(", ", nationalities.Select(n => n.Value).Order(StringComparer.Ordinal));
            yield return Found(move, Severity.Block,
                $"{move.Person} has {holds}; a sentenced person may be transferred only to a country of their own nationality, not {move.Destination.Value}.",
                basis.Concat(history.Records.Select(r => r.Fact)), aspect: "nationality");
        }
    }
}
