using System.Text.Json;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Habeas.Matching.Locating;
using Habeas.Matching.Normalisation;
using Habeas.Matching.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MatchName = Habeas.Matching.Normalisation.PersonName;

namespace Habeas.Core.Identity;

/// <summary>
/// The locator: ranks the registry's persons against what a caller knows, with the matching engine's comparators and
/// weights, and shows each candidate's current custody. Every record of a person (one per source, one per alias) is
/// indexed; a person appears once, at their best record's score.
/// </summary>
public sealed class LocateHandler(RegistryDbContext db, LocatorCache? cache = null, TimeProvider? time = null)
{
    /// <summary>What the public sees instead of the name of a person who may be under 18.</summary>
    public const string MinorWithheld = "(a minor: name withheld)";

    /// <exception cref="ArgumentException">A field of the query cannot be read; the message says which and what was expected.</exception>
    public async Task<IReadOnlyList<LocateCandidate>> HandleAsync(LocateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var record = Parse(query);
        // Several records of one person may rank: ask for more than the limit, keep each person's best.
        var wanted = Math.Min(500, query.Limit * 10);
        IReadOnlyList<LocatorHit> hits;
        HashSet<string> sealedPersons;
        if (cache is null)
        {
            var (index, sealedNow) = await BuildAsync(db, cancellationToken);
            (hits, sealedPersons) = (index.Search(record, wanted), sealedNow);
        }
        else
        {
            (hits, sealedPersons) = await cache.SearchAsync(db, record, wanted, cancellationToken);
        }

        var best = hits.Where(h => !(query.Public && sealedPersons.Contains(h.Record.Id)))
            .GroupBy(h => h.Record.Id, StringComparer.Ordinal).Select(g => g.First()).Take(query.Limit).ToList();
        var found = new List<LocateCandidate>(best.Count);
        var whereNow = await new CaseFileQuery(db).WhereNowAsync(best.Select(h => h.Record.Id).ToArray(), cancellationToken);
        foreach (var hit in best)
        {
            if (!whereNow.TryGetValue(hit.Record.Id, out var now))
            {
                continue;
            }

            var (person, name, current, births) = now;
            var open = !query.Public;
            found.Add(new LocateCandidate(
                person, open || !MayBeMinor(births) ? name : MinorWithheld, open ? Math.Round(hit.Probability, 6) : null, open ? Math.Round(hit.Weight, 3) : null, open ? hit.Agreement : null,
                open ? hit.Reasons : null, current?.Authority, current?.Facility, current?.FacilityName,
                current?.Country, current?.Since, open ? current?.Status : null));
        }

        return found;
    }

    /// <summary>
    /// True when a recorded date of birth allows the person to be under 18 today (the doubt goes to the child: a year of
    /// birth alone counts from its last day). A date that does not read is no evidence either way.
    /// </summary>
    private bool MayBeMinor(IReadOnlyList<string> birthDates)
    {
        var dates = birthDates.Select(d => TimeValue.TryParse(d, null, out var v) ? v : null).OfType<TimeValue>().ToArray();
        return CaseHistory.YoungestAge(dates, TimeValue.FromInstant((time ?? TimeProvider.System).GetUtcNow())) is < 18;
    }

    /// <summary>The query as a record to compare; a field that cannot be read is an error, not a silent omission.</summary>
    public static IdentityRecord Parse(LocateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > 50)
        {
            throw new ArgumentException($"limit: expected 1 to 50, got {query.Limit}.");
        }

        var name = MatchName.Parse(query.Name);
        BirthDate? dob = null;
        if (!string.IsNullOrWhiteSpace(query.Dob))
        {
            dob = BirthDate.TryParse(query.Dob, out var d) ? d : throw new ArgumentException($"dob: expected a date (1990-03-05, 03/05/1990, 05-MAR-1990 or a year), got \"{query.Dob}\".");
        }

        string? country = null;
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            country = CountryCode.TryNormalise(query.Country, out var c) ? c.Value : throw new ArgumentException($"country: expected a country (SV, SLV or El Salvador), got \"{query.Country}\".");
        }

        string? id = null;
        if (!string.IsNullOrWhiteSpace(query.Id))
        {
            id = ANumbers.TryNormalise(query.Id, out var n) ? n : throw new ArgumentException($"id: expected an A-number of 8 or 9 digits (A-123-456-789), got \"{query.Id}\".");
        }

        if (name.IsEmpty && id is null)
        {
            throw new ArgumentException("name: expected a name (or an A-number with id), got nothing.");
        }

        return new IdentityRecord("query", name, dob, id, country);
    }

    /// <summary>
    /// Every person record of the registry in an index under the person it belongs to now, and the sealed persons: a
    /// one-off search (the command line); a server keeps a <see cref="LocatorCache"/>.
    /// </summary>
    private static async Task<(LocatorIndex Index, HashSet<string> Sealed)> BuildAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var index = new LocatorIndex();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var identities = PersonMerges.Load(connection, transaction);
        RegistryIdentities.AddTo(index, connection, transaction, identities, 0);
        return (index, await SealedAsync(db, identities, cancellationToken));
    }

    /// <summary>The sealed persons, by the id they are known under now (a person is sealed when any of their merged ids is).</summary>
    internal static async Task<HashSet<string>> SealedAsync(RegistryDbContext db, PersonIdentities identities, CancellationToken cancellationToken) =>
        (await db.Persons.AsNoTracking().Where(p => p.Sealed).Select(p => p.PersonId).ToListAsync(cancellationToken))
            .Select(identities.Canonical).ToHashSet(StringComparer.Ordinal);
}
