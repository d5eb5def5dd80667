using Habeas.Domain.Events;
using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>An instrument as recorded, with the event that ended it, if any.</summary>
public sealed class InstrumentState(RecordedFact recorded)
{
    public RecordedFact Recorded { get; } = recorded;

    public InstrumentRecorded Instrument => (InstrumentRecorded)Recorded.Event;

    public RecordedFact? Ended { get; internal set; }

    public InstrumentKind Kind => Instrument.Kind;

    /// <summary>When it takes effect: <c>effective_from</c>, else <c>issued_at</c>, else when it was recorded as happening.</summary>
    /// <remarks>
    /// U.S. citizenship and nationality are not created by the record that proves them: unless it states when it took
    /// effect or comes from naturalization, it holds from birth (U.S. Const. amend. XIV, § 1), so a proof found after a
    /// removal still makes that removal a citizen's.
    /// </remarks>
    public TimeValue? Start => Instrument.EffectiveFrom ??
        (Kind is InstrumentKind.UsCitizenship or InstrumentKind.UsNational && !Instrument.Evidence.Contains("naturalization_certificate")
            ? null
            : Instrument.IssuedAt ?? Instrument.OccurredAt);

    /// <summary>Whether it was in effect at <paramref name="at"/>: begun, not past <c>effective_until</c>, not ended.</summary>
    public Certainty InForceAt(TimeValue at)
    {
        var byDate = Chronology.InForce(Start, Instrument.EffectiveUntil, at);
        if (byDate == Certainty.No || Ended?.Event.OccurredAt is not { } endedAt)
        {
            return byDate;
        }

        var notEnded = Chronology.InForce(null, endedAt, at);
        return notEnded == Certainty.No ? Certainty.No : (Certainty)Math.Min((int)byDate, (int)notEnded);
    }

    /// <summary>The facts this state rests on: the instrument and, when ended, the ending.</summary>
    public IEnumerable<RecordedFact> Facts => Ended is null ? [Recorded] : [Recorded, Ended];
}
