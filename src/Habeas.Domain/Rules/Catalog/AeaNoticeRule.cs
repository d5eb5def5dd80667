using Habeas.Domain.Values;

namespace Habeas.Domain.Rules.Catalog;

/// <summary>
/// AEA-NOTICE: removal under the Alien Enemies Act needs notice, in a language the person understands, served long
/// enough before removal to seek habeas (<see cref="RuleOptions.AeaNoticeInterval"/>); the Act reaches only persons
/// fourteen or older, and not permanent residents (nor citizens: US-NATIONAL).
/// </summary>
public sealed class AeaNoticeRule(RuleOptions options) : Rule
{
    public override RuleDescription Description { get; } = new(
        "AEA-NOTICE",
        "Removal under the Alien Enemies Act needs timely notice in a language understood",
        Severity.Block,
        $"Blocks an alien_enemies_act removal without a removal_notice served at least {options.AeaNoticeInterval.TotalDays:0} days before it " +
        "in a language the person understands (a flag when no language of the person is recorded), with a notice recorded as not explaining how to contest it, " +
        "of a person under 14, or of a lawful permanent resident.",
        ["50 U.S.C. 21", "Trump v. J.G.G., 604 U.S. ___ (2025) (per curiam)", "A.A.R.P. v. Trump, 605 U.S. ___ (2025)"]);

    public override IEnumerable<Finding> JudgeMove(CaseHistory history, Move move)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(move);
        // Sending a person abroad under the Act is judged the same whether recorded as a removal or a transfer into a facility abroad.
        if (!move.Abroad || move.Kind == MoveKind.Custody || move.RemovalBasis != RemovalBasis.AlienEnemiesAct)
        {
            yield break;
        }

        if (history.YoungestAgeAt(move.At) is { } age && age < 14)
        {
            yield return Found(move, Severity.Block,
                $"{move.Person} was {age} at {Act(move)}; the Alien Enemies Act reaches only persons fourteen years and upward.",
                history.Records.Select(r => r.Fact), aspect: "age");
        }

        foreach (var (lpr, inForce) in history.InForce(InstrumentKind.LawfulPermanentResident, move.At))
        {
            yield return Found(move, Severity.Block,
                $"{move.Person} is a lawful permanent resident ({lpr.Recorded.Id}), outside the proclamation's reach; {Act(move)} is barred.",
                lpr.Facts, inForce == Certainty.Possibly, aspect: lpr.Instrument.Instrument.Value);
        }

        var notices = history.InForce(InstrumentKind.RemovalNotice, move.At).Select(n => n.Instrument)
            .Where(n => (n.Instrument.ServedAt ?? n.Instrument.OccurredAt) is { } served && Chronology.AtOrBefore(served, move.At) != Certainty.No)
            .ToArray();
        if (notices.Length == 0)
        {
            yield return Found(move, Severity.Block, $"No notice of removal under the Alien Enemies Act was served on {move.Person} before {Act(move)}.", [], aspect: "notice");
            yield break;
        }

        // One notice must be both timely and understood: the earliest understood one is judged for time (any, when none is).
        var languages = history.Languages;
        var understood = notices.Where(n => n.Instrument.Language is { } l && languages.Contains(CaseHistory.PrimaryLanguage(l))).ToArray();
        var best = (understood.Length > 0 ? understood : notices).MaxBy(n => Chronology.LeastInterval(n.Instrument.ServedAt ?? n.Instrument.OccurredAt!, move.At))!;
        var served = best.Instrument.ServedAt ?? best.Instrument.OccurredAt!;
        var least = Chronology.LeastInterval(served, move.At);
        var greatest = Chronology.GreatestInterval(served, move.At);
        if (least < options.AeaNoticeInterval)
        {
            yield return Found(move, Severity.Block,
                $"Notice {best.Recorded.Id} was served {Describe(least, greatest)} before {Act(move)}; at least {options.AeaNoticeInterval.TotalDays:0} days are needed to seek habeas.",
                best.Facts, uncertain: greatest >= options.AeaNoticeInterval, aspect: "notice");
        }

        if (best.Instrument.ExplainsHowToContest == false)
        {
            yield return Found(move, Severity.Block,
                $"Notice {best.Recorded.Id} does not explain how to contest the removal; notice must allow the person actually to seek habeas relief.",
                best.Facts, aspect: "contest");
        }

        if (understood.Length == 0)
        {
            var written = string.Join(", ", notices.Select(n => n.Instrument.Language ?? "an unrecorded language").Distinct(StringComparer.Ordinal));
            var knows = languages.Count == 0 ? "no recorded language" : string.Join(", ", languages.Order(StringComparer.Ordinal));
            yield return Found(move, languages.Count == 0 ? Severity.Flag : Severity.Block,
                $"The notice to {move.Person} was in {written}; the person understands {knows}.",
                notices.SelectMany(n => n.Facts).Concat(history.Records.Select(r => r.Fact)), aspect: "language");
        }
    }

    private static string Describe(TimeSpan least, TimeSpan greatest)
    {
        static string One(TimeSpan t) => t.TotalDays >= 2 ? $"{t.TotalDays:0.#} days" : $"{Math.Max(t.TotalHours, 0):0.#} hours";
        return least == greatest ? One(least) : $"between {One(least)} and {One(greatest)}";
    }
}
