using System.Text.Json;
using Habeas.Domain.Events;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Domain.Tests.Rules;

/// <summary>
/// Builds the facts the rules read from JSON Lines of v1 events, the way the registry does (LawFacts): each line
/// becomes a <see cref="RecordedFact"/> with its log sequence (from 1), its id (the source's, or <c>HE-{sequence}</c>)
/// and its subject (the event's person; for <c>instrument.ended</c>, the ended instrument's person).
/// </summary>
internal sealed class CaseBuilder
{
    private readonly FactIndex _index = new();
    private readonly Dictionary<string, string?> _instrumentPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordedFact> _facts = new(StringComparer.Ordinal);
    private long _sequence;

    public static CaseBuilder From(string jsonLines) => new CaseBuilder().Add(jsonLines);

    /// <summary>Adds each non-blank line as the next fact in the log.</summary>
    public CaseBuilder Add(string jsonLines)
    {
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var errors = new List<FieldError>();
            using var doc = JsonDocument.Parse(line);
            var e = EventReader.Read(doc.RootElement, errors)
                ?? throw new ArgumentException($"Test event does not read: {line}: {string.Join("; ", errors)}", nameof(jsonLines));
            var sequence = ++_sequence;
            var subject = e switch
            {
                InstrumentEnded ended => _instrumentPersons.GetValueOrDefault(ended.Instrument.Value),
                _ => e.Subject?.Value,
            };
            if (e is InstrumentRecorded recorded)
            {
                _instrumentPersons[recorded.Instrument.Value] = recorded.Person?.Value;
            }

            var fact = new RecordedFact(sequence, e.Id ?? $"HE-{sequence}", e, subject);
            _facts[fact.Id] = fact;
            _index.Add(fact);
        }

        return this;
    }

    /// <summary>The fact with this id (the source's id, or <c>HE-{sequence}</c>).</summary>
    public RecordedFact Fact(string id) => _facts[id];

    public CaseHistory HistoryOf(string person, IOccupancy? occupancy = null) => _index.HistoryOf(person, occupancy);

    /// <summary>The act the observed event <paramref name="id"/> records, as the audit would judge it.</summary>
    public (CaseHistory History, Move Move) MoveOf(string person, string id, IOccupancy? occupancy = null)
    {
        var history = HistoryOf(person, occupancy);
        return (history, history.ObservedMoves(null).Single(m => m.Subject == id));
    }

    /// <summary>The findings of <paramref name="rule"/> on the act the observed event <paramref name="id"/> records.</summary>
    public IReadOnlyList<Finding> Judge(Rule rule, string person, string id, IOccupancy? occupancy = null)
    {
        var (history, move) = MoveOf(person, id, occupancy);
        return rule.JudgeMove(history, move).ToArray();
    }

    /// <summary>The findings of <paramref name="rule"/> on the person's standing situation at <paramref name="at"/>.</summary>
    public IReadOnlyList<Finding> Standing(Rule rule, string person, string at) =>
        rule.JudgeStanding(HistoryOf(person), TimeValue.Parse(at)).ToArray();
}
