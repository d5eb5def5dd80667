using System.Data.Common;
using System.Text.Json;
using Habeas.Core.Identity;
using Habeas.Core.Queries;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Habeas.Domain.Events;
using Habeas.Domain.Rules;

namespace Habeas.Core.Audit;

/// <summary>
/// Loads the facts the rules read from the event table into a <see cref="FactIndex"/>: the whole log (an audit), or
/// some persons' events plus every event about no one person — facilities, orders, class-wide instruments, requests —
/// which the <c>(person_id, sequence)</c> index finds without a scan (a gate, a screening). Erased events are skipped.
/// </summary>
internal static class LawFacts
{
    private const int Chunk = 500;

    public static FactIndex LoadAll(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        var index = new FactIndex(PersonMerges.Load(connection, transaction));

        // The database is read on one thread while the pages already read are parsed on both cores: parsing the JSON
        // of each event is most of an audit's cost (docs/performance.md).
        using var pages = new System.Collections.Concurrent.BlockingCollection<List<StoredEvent>>(boundedCapacity: 4);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var page in StoredEvents.Pages(connection, transaction))
                {
                    pages.Add(page, stop.Token);
                }
            }
            finally
            {
                pages.CompleteAdding();
            }
        }, CancellationToken.None);
        try
        {
            foreach (var page in pages.GetConsumingEnumerable(cancellationToken))
            {
                var facts = new RecordedFact?[page.Count];
                Parallel.For(0, page.Count, new ParallelOptions { CancellationToken = cancellationToken },
                    i => facts[i] = Fact(page[i].Sequence, page[i].Payload, page[i].PersonId));
                foreach (var fact in facts)
                {
                    if (fact is not null)
                    {
                        index.Add(fact);
                    }
                }
            }
        }
        catch
        {
            // A page that does not read stops the reader too (it may be waiting for room), then the error goes on.
            stop.Cancel();
            throw;
        }
        finally
        {
            try
            {
                reader.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }

        return index;
    }

    /// <param name="connection">The registry.</param>
    /// <param name="transaction">The transaction or snapshot to read in.</param>
    /// <param name="persons">The persons whose events to read.</param>
    /// <param name="context">
    /// The facts about no one person already read, kept across calls in one append session (a file of many requests):
    /// only the newer ones are read and parsed; null to read them all.
    /// </param>
    public static FactIndex LoadFor(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> persons, PersonlessFacts? context = null)
    {
        var rows = new Dictionary<long, (string Payload, string? Person)>();
        void Read(string where, IReadOnlyList<string> values)
        {
            using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            var names = new List<string>();
            for (var i = 0; i < values.Count; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                p.Value = values[i];
                cmd.Parameters.Add(p);
                names.Add(p.ParameterName);
            }

            cmd.CommandText = "SELECT sequence, payload, person_id FROM events WHERE " + where.Replace("@list", string.Join(", ", names), StringComparison.Ordinal);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows[reader.GetInt64(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        // Every id of each person: facts recorded under an id merged into another are that person's.
        var identities = PersonMerges.Load(connection, transaction);
        persons = persons.SelectMany(identities.AllIdsOf).Distinct(StringComparer.Ordinal).ToArray();
        context ??= new PersonlessFacts();
        Read("person_id IS NULL AND sequence > " + context.ReadUpTo.ToString(System.Globalization.CultureInfo.InvariantCulture), []);
        var personless = Parse(rows);
        context.Add(personless, rows.Count == 0 ? context.ReadUpTo : rows.Keys.Max());
        rows.Clear();
        foreach (var chunk in persons.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            Read("person_id IN (@list)", chunk);
            Read("sequence IN (SELECT sequence FROM event_persons WHERE person_id IN (@list))", chunk);
        }

        // An event naming persons without being about one (an order) is in both reads: it is added once, in log order.
        var known = context.Facts.Select(f => f.Sequence).ToHashSet();
        var index = new FactIndex(identities);
        foreach (var fact in context.Facts.Concat(Parse(rows).Where(f => !known.Contains(f.Sequence))).OrderBy(f => f.Sequence))
        {
            index.Add(fact);
        }

        return index;
    }

    private static List<RecordedFact> Parse(Dictionary<long, (string Payload, string? Person)> rows)
    {
        var ordered = rows.OrderBy(r => r.Key).ToArray();
        var facts = new RecordedFact?[ordered.Length];
        Parallel.For(0, ordered.Length, i => facts[i] = Fact(ordered[i].Key, ordered[i].Value.Payload, ordered[i].Value.Person));
        return facts.Where(f => f is not null).Select(f => f!).ToList();
    }

    private static RecordedFact? Fact(long sequence, string payload, string? person)
    {
        if (Erasure.IsErased(payload))
        {
            return null;
        }

        using var doc = JsonDocument.Parse(payload);
        var errors = new List<FieldError>();
        var e = EventReader.Read(doc.RootElement, errors)
            ?? throw new InvalidOperationException($"Event {sequence} in the log no longer reads: {string.Join("; ", errors)}. The log is intact; fix the reader.");
        return new RecordedFact(sequence, e.Id ?? EventIds.Assigned(sequence), e, person);
    }
}
