using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Habeas.Core.Audit;
using Habeas.Domain.Events;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;

namespace Habeas.Core.Recording;

/// <summary>
/// Proposals are gated (DESIGN.md invariant 4): a <c>transfer.requested</c> is judged, for each person, as if the
/// transfer happened when planned, and the registry appends its <c>transfer.decided</c> — approved only when no rule
/// blocks — with the findings. The decision is a function of the log up to the request, so an export imported again
/// reproduces it exactly; its valid time is the request's.
/// </summary>
internal sealed class TransferGate(RuleBook rules)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The name a registry-written decision carries as its source.</summary>
    public const string SourceName = "habeas rules";

    /// <summary>The decision line for <paramref name="request"/>, read in the append's transaction (which holds the request).</summary>
    /// <param name="connection">The registry.</param>
    /// <param name="transaction">The append's transaction, which holds the request.</param>
    /// <param name="request">The request to judge.</param>
    /// <param name="context">The session's facts about no one person, read once and kept up to date across requests.</param>
    public string Decide(DbConnection connection, DbTransaction transaction, TransferRequested request, PersonlessFacts context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var named = request.Persons.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToArray();
        var facts = LawFacts.LoadFor(connection, transaction, named, context);
        // Two ids merged into one person are judged once, as that person.
        var persons = named.Select(facts.Identities.Canonical).Distinct(StringComparer.Ordinal).ToArray();
        using var occupancy = new SqlOccupancy(connection, transaction);
        var at = request.PlannedFor ?? request.OccurredAt!;
        var to = request.To is { } f && facts.Facilities.TryGetValue(f.Value, out var facility) ? facility : null;
        var destination = to?.Country ?? request.Country ?? CountryCode.UnitedStates;
        RemovalBasis? removalBasis = SnakeCase.TryParse<RemovalBasis>(request.Basis, out var rb) ? rb : null;
        CustodyBasis? custodyBasis = SnakeCase.TryParse<CustodyBasis>(request.Basis, out var cb) ? cb : null;
        var findings = new List<Finding>();
        foreach (var person in persons)
        {
            var history = facts.HistoryOf(person, occupancy);
            findings.AddRange(rules.Judge(history, new Move
            {
                Kind = to is null ? MoveKind.Removal : MoveKind.Transfer,
                Person = person,
                At = at,
                From = request.From?.Value ?? history.HeldAt(at)?.Facility,
                To = to?.Id,
                Destination = destination,
                Authority = request.Authority,
                RemovalBasis = removalBasis,
                CustodyBasis = custodyBasis,
                Proposal = request.Request.Value,
                Arriving = persons.Length,
            }));
        }

        var decision = RuleBook.Verdict(findings) == "block" ? TransferDecision.Refused : TransferDecision.Approved;
        return JsonSerializer.Serialize(new
        {
            type = TransferDecided.TypeName,
            request = request.Request.Value,
            decision = SnakeCase.Name(decision),
            findings = findings.Select(FindingView.From).ToArray(),
            occurred_at = request.OccurredAt!.Text,
            source = new { name = SourceName },
        }, Json);
    }
}
