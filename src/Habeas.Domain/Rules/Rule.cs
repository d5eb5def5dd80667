using Habeas.Domain.Values;

namespace Habeas.Domain.Rules;

/// <summary>
/// One rule of law as code. A rule judges an act (<see cref="JudgeMove"/>: a book-in, transfer or removal, observed
/// or proposed) and, for rules about a standing state, a person's situation at a moment (<see cref="JudgeStanding"/>).
/// Every finding names the rule, the act, the facts and the authorities; see Rules/README.md.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescription Description { get; }

    /// <summary>Findings on an act, judged with the law and the facts in force at the act's valid time.</summary>
    public virtual IEnumerable<Finding> JudgeMove(CaseHistory history, Move move) => [];

    /// <summary>Findings on the person's situation at <paramref name="at"/> (an overdue order, a person unaccounted for).</summary>
    public virtual IEnumerable<Finding> JudgeStanding(CaseHistory history, TimeValue at) => [];

    /// <summary>Whether the rule was law at <paramref name="at"/> (its dates in force, by the calendar date of the act).</summary>
    public bool InForceAt(TimeValue at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var day = DateOnly.FromDateTime(at.Latest.UtcDateTime);
        var from = DateOnly.FromDateTime(at.Start.UtcDateTime);
        return (Description.InForceFrom is not { } f || day >= f) && (Description.InForceUntil is not { } u || from < u);
    }

    /// <summary>A finding on <paramref name="move"/>: the act's own event comes first among the facts.</summary>
    protected Finding Found(
        Move move, Severity severity, string reason, IEnumerable<RecordedFact> facts, bool uncertain = false, IEnumerable<string>? citations = null, string? aspect = null)
    {
        ArgumentNullException.ThrowIfNull(move);
        var ids = new List<string>();
        if (move.Observed is { } observed)
        {
            ids.Add(observed.Id);
        }

        ids.AddRange(facts.OrderBy(f => f.Sequence).Select(f => f.Id));
        return new Finding
        {
            Rule = Description.Id,
            Severity = severity,
            Person = move.Person,
            Subject = move.Subject,
            Sequence = move.Observed?.Sequence,
            OccurredAt = move.At.Text,
            Reason = uncertain ? reason + Doubt : reason,
            Facts = ids.Distinct(StringComparer.Ordinal).ToArray(),
            Citations = Description.Authorities.Concat(citations ?? []).Distinct(StringComparer.Ordinal).ToArray(),
            Uncertain = uncertain,
            Aspect = aspect,
        };
    }

    /// <summary>A finding on a standing state, about the fact that shows it.</summary>
    protected Finding Found(
        string person, RecordedFact about, TimeValue at, Severity severity, string reason, IEnumerable<RecordedFact> facts, IEnumerable<string>? citations = null,
        string? aspect = null)
    {
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(at);
        return new Finding
        {
            Rule = Description.Id,
            Severity = severity,
            Person = person,
            Subject = about.Id,
            Sequence = about.Sequence,
            OccurredAt = about.Event.OccurredAt?.Text,
            Reason = reason,
            Facts = new[] { about }.Concat(facts.OrderBy(f => f.Sequence)).Select(f => f.Id).Distinct(StringComparer.Ordinal).ToArray(),
            Citations = Description.Authorities.Concat(citations ?? []).Distinct(StringComparer.Ordinal).ToArray(),
            Aspect = aspect,
        };
    }

    /// <summary>The instrument's own citation (issuer and case), when recorded.</summary>
    protected static IEnumerable<string> CaseOf(InstrumentState instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var i = instrument.Instrument;
        return i.Case is null ? [] : [i.Issuer is null ? i.Case : $"{i.Issuer}, {i.Case}"];
    }

    /// <summary>The order's own citation (court and case), when recorded.</summary>
    protected static IEnumerable<string> CaseOf(OrderState order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var o = order.Order;
        return o.Case is null ? [] : [o.Court is null ? o.Case : $"{o.Court}, {o.Case}"];
    }

    /// <summary>How a finding names the act in its sentence.</summary>
    protected static string Act(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var verb = move.Kind switch
        {
            MoveKind.Removal => $"removal to {move.Destination.Value}",
            MoveKind.Transfer => move.Abroad ? $"transfer to {move.To} in {move.Destination.Value}" : $"transfer to {move.To}",
            _ => $"custody at {move.To}",
        };
        return (move.Observed is null ? "the proposed " : "the ") + verb + $" on {move.At.Text}";
    }

    /// <summary>The text with its first letter capitalised, for a sentence that begins with <see cref="Act"/>.</summary>
    protected static string Capital(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private const string Doubt = " The recorded times do not settle the order of events; the doubt is resolved in favour of the protection.";
}
