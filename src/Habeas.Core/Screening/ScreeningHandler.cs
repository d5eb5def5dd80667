using Habeas.Core.Audit;
using Habeas.Core.Store;
using Habeas.Domain.Rules;
using Habeas.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Screening;

/// <summary>
/// <c>habeas screen</c>: matches each manifest row to registry persons (exact A-number first, then names with no
/// conflicting date of birth) and judges each as if the proposed transfer happened on the date given — the same
/// rules, the same facts, as a transfer request's gate.
/// </summary>
public sealed class ScreeningHandler(RegistryLocation location, RuleBook rules, TimeProvider time)
{
    /// <summary>Screens the manifest file at <see cref="ScreenCommand.ManifestPath"/>.</summary>
    public Task<ScreenResult> HandleAsync(ScreenCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return HandleAsync(command, File.Exists(command.ManifestPath) ? () => File.OpenRead(command.ManifestPath) : null, cancellationToken);
    }

    /// <summary>
    /// Screens a manifest read from <paramref name="manifest"/> (an upload); <see cref="ScreenCommand.ManifestPath"/> only
    /// names it in errors. A null <paramref name="manifest"/> means the file does not exist.
    /// </summary>
    public async Task<ScreenResult> HandleAsync(ScreenCommand command, Func<Stream>? manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<string>();
        if ((command.ToFacility is null) == (command.Country is null))
        {
            errors.Add("give exactly one destination: --to FACILITY or --country CC.");
        }

        CountryCode? country = null;
        if (command.Country is { } cc)
        {
            if (CountryCode.TryNormalise(cc, out var code))
            {
                country = code;
            }
            else
            {
                errors.Add($"--country: expected an ISO 3166 country (SV, SLV or El Salvador), got \"{cc}\".");
            }
        }

        var on = TimeValue.FromInstant(time.GetUtcNow());
        if (command.On is { } text && !TimeValue.TryParse(text, null, out on))
        {
            errors.Add($"--on: expected {TimeValue.Expected}, got \"{text}\".");
        }

        RemovalBasis? basis = null;
        if (command.Basis is { } b)
        {
            if (SnakeCase.TryParse<RemovalBasis>(b, out var parsed))
            {
                basis = parsed;
            }
            else
            {
                errors.Add($"--basis: expected {SnakeCase.Expected<RemovalBasis>()}, got \"{b}\".");
            }
        }

        if (manifest is null)
        {
            errors.Add($"{command.ManifestPath}: no such file.");
        }

        if (errors.Count > 0)
        {
            return new ScreenResult.Invalid(errors);
        }

        IReadOnlyList<ManifestRow> rows;
        IReadOnlyList<string> rowErrors;
        IReadOnlyDictionary<string, string> mapping;
        using (var reader = ManifestReader.Open(manifest!()))
        {
            (rows, rowErrors, mapping) = ManifestReader.Read(reader, Path.GetFileName(command.ManifestPath));
        }

        if (rowErrors.Count > 0)
        {
            return new ScreenResult.Invalid(rowErrors);
        }

        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var snapshot = await RegistryDatabase.BeginSnapshotAsync(connection, cancellationToken);
        if (command.ToFacility is { } wanted && !await db.Facilities.AnyAsync(f => f.FacilityId == wanted, cancellationToken))
        {
            // Checked before the directory is read; the message names no path (it also answers the API).
            return new ScreenResult.Invalid([$"--to: no facility '{wanted}' in the registry."]);
        }

        var directory = PersonDirectory.Load(connection, snapshot);
        var candidates = rows.AsParallel().AsOrdered().Select(directory.Find).ToArray();
        var facts = LawFacts.LoadFor(connection, snapshot, candidates.SelectMany(c => c).Select(c => c.Person).ToHashSet(StringComparer.Ordinal));
        var to = command.ToFacility is { } facility ? facts.Facilities[facility] : null;

        var destination = to?.Country ?? country!.Value;
        using var occupancy = new SqlOccupancy(connection, snapshot);
        var judged = new List<ScreeningRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var findings = new List<Finding>();
            foreach (var candidate in candidates[i])
            {
                var history = facts.HistoryOf(candidate.Person, occupancy);
                var move = new Move
                {
                    Kind = to is null ? MoveKind.Removal : MoveKind.Transfer, Person = candidate.Person, At = on, From = history.HeldAt(on)?.Facility,
                    To = to?.Id, Destination = destination, RemovalBasis = basis, Proposal = Proposal(row), Arriving = rows.Count,
                };
                var found = rules.Judge(history, move).ToList();
                if (row.Nationality == CountryCode.UnitedStates && move.Abroad && !found.Any(f => f.Rule is "US-NATIONAL" or "CITIZENSHIP-CLAIM"))
                {
                    found.Add(ManifestClaim(row, candidate.Person, on));
                }

                findings.AddRange(found);
            }

            var views = findings.Select(FindingView.From).ToList();
            string verdict;
            if (candidates[i].Count == 0)
            {
                verdict = "unknown";
                if (row.Nationality == CountryCode.UnitedStates && destination != CountryCode.UnitedStates)
                {
                    // Not in the registry is no reason to let the plane take a person the manifest itself calls a U.S. national.
                    views.Add(FindingView.From(ManifestClaim(row, null, on)) with { Id = $"CITIZENSHIP-CLAIM/unmatched/{Proposal(row)}", Person = null });
                    verdict = "block";
                }
            }
            else
            {
                verdict = RuleBook.Verdict(findings);
            }

            judged.Add(new ScreeningRow(row.Row, row.Line, row.Name, row.Input, candidates[i].Count == 1 ? candidates[i][0].Person : null, candidates[i], verdict, views));
        }

        Finding ManifestClaim(ManifestRow row, string? person, TimeValue at) => new()
        {
            Rule = "CITIZENSHIP-CLAIM",
            Severity = Severity.Block,
            Person = person ?? string.Empty,
            Subject = Proposal(row),
            OccurredAt = at.Text,
            Reason = $"The manifest records U.S. nationality for row {row.Row} ({row.Name}){(person is null ? ", who is not in the registry" : string.Empty)}; " +
                     "no removal or transfer abroad until the claim is resolved.",
            Facts = [],
            Citations = rules.Rules.First(r => r.Description.Id == "CITIZENSHIP-CLAIM").Description.Authorities,
            Aspect = "manifest",
        };

        return new ScreenResult.Screened(new ScreeningReport(to is null ? destination.Value : $"{to.Id} ({to.Country.Value})", on.Text, mapping, judged));
    }

    /// <summary>How findings name a screened row as the act judged.</summary>
    private static string Proposal(ManifestRow row) => $"screen:row-{row.Row}";
}
