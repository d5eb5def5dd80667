using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Habeas.Core;
using Habeas.Core.Identity;
using Habeas.Matching.Linking;

namespace Habeas.Cli.Commands;

/// <summary>
/// <c>habeas link A.csv B.csv</c> and <c>habeas dedupe FILE</c>: link two person lists, or find the same person
/// within one, without touching the registry. Pairs go to standard output as CSV (or JSON), the summary to standard
/// error so the output can be piped.
/// </summary>
internal static class LinkCommandLine
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Link(context);
        yield return Dedupe(context);
    }

    private static Command Link(CliContext context)
    {
        var a = new Argument<string>("a") { Description = "The first list: a CSV with a header (full_name or given and surnames, dob, a_number, nationality, sex, ...)." };
        var b = new Argument<string>("b") { Description = "The second list, whose columns may differ." };
        var (threshold, explain, map) = Options();
        var truth = new Option<string?>("--truth") { Description = "A CSV of pairs known to be the same person (id_a,id_b): the summary adds precision, recall, F1 and blocking recall." };
        var command = new Command("link", "Link two person lists: id_a,id_b,probability for each pair judged the same person (one-to-one); a summary on stderr.");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(truth);
        command.Options.Add(threshold);
        command.Options.Add(explain);
        command.Options.Add(map);
        command.SetAction(parse =>
        {
            if (!TryMaps(parse.GetValue(map) ?? [], requireSide: true, out var mapA, out var mapB, out var error))
            {
                return context.Fail(error);
            }

            return Run(context, parse, new LinkCommand(parse.GetValue(a)!, parse.GetValue(b)!, mapA, mapB, parse.GetValue(threshold), Truth: parse.GetValue(truth)), parse.GetValue(explain));
        });
        return command;
    }

    private static Command Dedupe(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A CSV of persons with a header, as for link." };
        var (threshold, explain, map) = Options();
        var command = new Command("dedupe", "Find the records of one list that are the same person: cluster,id for each record in a group of two or more; a summary on stderr.");
        command.Arguments.Add(file);
        command.Options.Add(threshold);
        command.Options.Add(explain);
        command.Options.Add(map);
        command.SetAction(parse =>
        {
            if (!TryMaps(parse.GetValue(map) ?? [], requireSide: false, out var mapA, out _, out var error))
            {
                return context.Fail(error);
            }

            return Run(context, parse, new LinkCommand(parse.GetValue(file)!, null, mapA, mapA, parse.GetValue(threshold)), parse.GetValue(explain));
        });
        return command;
    }

    private static (Option<double> Threshold, Option<bool> Explain, Option<string[]> Map) Options() => (
        new Option<double>("--threshold") { Description = "The match probability (default 0.9); pairs from 0.5 up to it are reported for review in JSON.", DefaultValueFactory = _ => 0.9 },
        new Option<bool>("--explain") { Description = "Show each field's level and weight for every pair." },
        new Option<string[]>("--map")
        {
            Description = "Name a column's field when its header is not recognised: a:COLUMN=FIELD or b:COLUMN=FIELD (dedupe: COLUMN=FIELD). Fields: "
                + string.Join(", ", PersonListReader.Fields.Keys) + ", ignore.",
            AllowMultipleArgumentsPerToken = false,
        });

    private static int Run(CliContext context, ParseResult parse, LinkCommand command, bool explain)
    {
        LinkReport report;
        try
        {
            report = LinkHandler.Handle(command);
        }
        catch (PersonListException ex)
        {
            return context.Fail(ex.Message + (command.PathB is null ? " Nothing was deduplicated." : " Nothing was linked."));
        }

        var result = report.Result;
        if (GlobalOptions.IsJson(parse))
        {
            context.WriteJson(new
            {
                columns = new { a = report.LayoutA.Mapping, b = report.LayoutB?.Mapping, compared = result.Model.Comparisons.Select(c => c.Field) },
                pairs = result.Pairs.Select(p => new
                {
                    id_a = p.A.Id,
                    id_b = p.B.Id,
                    probability = Math.Round(p.Probability, 6),
                    weight = Math.Round(p.Weight, 3),
                    status = p.Review ? "review" : "match",
                    explanation = explain ? result.Explain(p).Select(f => new { f.Field, f.Level, value_a = f.ValueA, value_b = f.ValueB, weight = Math.Round(f.Weight, 3) }) : null,
                }),
                clusters = command.PathB is null ? result.Clusters.Select(c => c.Select(r => r.Id)) : null,
                model = Model(result),
                warnings = report.Warnings.Take(50),
                warning_count = report.Warnings.Count,
                statistics = result.Statistics,
                quality = report.Quality is { } q ? new { q.TruePairs, q.Matches, q.TruePositives, q.Precision, q.Recall, q.F1, q.BlockingRecall } : null,
            });
        }
        else if (command.PathB is null)
        {
            WriteClusters(context.Output, result);
        }
        else
        {
            WritePairs(context.Output, result, explain);
        }

        Summarise(context, report, command.PathB is null);
        return ExitCodes.Success;
    }

    private static object Model(LinkResult result) => new
    {
        lambda = result.Model.Lambda,
        fields = result.Model.Comparisons.Select((c, i) => new
        {
            c.Field,
            levels = c.Levels.Select((level, l) => new
            {
                level,
                m = Math.Round(result.Model.M[i][l], 6),
                u = Math.Round(result.Model.U[i][l], 6),
                weight = Math.Round(result.Model.Weight(i, l + 1), 3),
            }),
        }),
    };

    private static void WritePairs(TextWriter output, LinkResult result, bool explain)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteField("id_a");
        csv.WriteField("id_b");
        csv.WriteField("probability");
        if (explain)
        {
            csv.WriteField("explanation");
        }

        csv.NextRecord();
        foreach (var pair in result.Matches)
        {
            csv.WriteField(CsvCells.Safe(pair.A.Id));
            csv.WriteField(CsvCells.Safe(pair.B.Id));
            csv.WriteField(pair.Probability.ToString("0.######", CultureInfo.InvariantCulture));
            if (explain)
            {
                csv.WriteField(CsvCells.Safe(Explanation(result, pair)));
            }

            csv.NextRecord();
        }
    }

    private static void WriteClusters(TextWriter output, LinkResult result)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteField("cluster");
        csv.WriteField("id");
        csv.NextRecord();
        for (var i = 0; i < result.Clusters.Count; i++)
        {
            foreach (var record in result.Clusters[i])
            {
                csv.WriteField(i + 1);
                csv.WriteField(CsvCells.Safe(record.Id));
                csv.NextRecord();
            }
        }
    }

    /// <summary>"given exact (JOSE) +6.2; dob near (1990-03-05 | 1990-05-03) +4.1; ..."</summary>
    private static string Explanation(LinkResult result, LinkedPair pair) => string.Join("; ", result.Explain(pair).Select(f =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Field} {f.Level}{(f.ValueA is null && f.ValueB is null ? string.Empty : $" ({f.ValueA} | {f.ValueB})")} {f.Weight:+0.0;-0.0;0}")));

    private static void Summarise(CliContext context, LinkReport report, bool deduplicate)
    {
        var s = report.Result.Statistics;
        var matches = report.Result.Matches.Count();
        var review = report.Result.Pairs.Count - matches;
        context.Error.WriteLine(deduplicate
            ? string.Create(CultureInfo.InvariantCulture, $"{s.RecordsA:N0} records: {report.Result.Clusters.Count:N0} groups of the same person ({matches:N0} matching pairs, {review:N0} for review)")
            : string.Create(CultureInfo.InvariantCulture, $"{s.RecordsA:N0} x {s.RecordsB:N0} records: {matches:N0} linked pairs, {review:N0} for review (--format json lists them)"));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compared {report.Result.Model.Comparisons.Count} fields ({string.Join(", ", report.Result.Model.Comparisons.Select(c => c.Field))}); {s.Candidates:N0} candidate pairs; {report.ReadSeconds + s.TotalSeconds:F2} s"));
        if (report.Quality is { } q)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"against the truth ({q.TruePairs:N0} pairs): precision {q.Precision:F4}, recall {q.Recall:F4}, F1 {q.F1:F4}; blocking recall {q.BlockingRecall:F4} (share of true pairs compared at all)"));
        }

        if (s.ModelRejected is { } why)
        {
            context.Error.WriteLine($"default weights used: the model EM fitted to these lists does not describe the same person ({why}); the lists may share few or no one.");
        }

        foreach (var warning in report.Warnings.Take(10))
        {
            context.Error.WriteLine("warning: " + warning);
        }

        if (report.Warnings.Count > 10)
        {
            context.Error.WriteLine($"... and {report.Warnings.Count - 10:N0} more values left out of the comparison.");
        }
    }

    private static bool TryMaps(string[] maps, bool requireSide, out Dictionary<string, string> a, out Dictionary<string, string> b, out string error)
    {
        a = new(StringComparer.OrdinalIgnoreCase);
        b = new(StringComparer.OrdinalIgnoreCase);
        error = string.Empty;
        foreach (var map in maps)
        {
            var target = a;
            var text = map;
            if (text.StartsWith("a:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("b:", StringComparison.OrdinalIgnoreCase))
            {
                target = char.ToLowerInvariant(text[0]) == 'a' ? a : b;
                text = text[2..];
            }
            else if (requireSide)
            {
                error = $"--map {map}: expected a:COLUMN=FIELD or b:COLUMN=FIELD (which list the column is in).";
                return false;
            }

            var equals = text.LastIndexOf('=');
            if (equals <= 0 || equals == text.Length - 1)
            {
                error = $"--map {map}: expected COLUMN=FIELD, such as a:Apellidos=surnames.";
                return false;
            }

            target[text[..equals].Trim()] = text[(equals + 1)..].Trim().ToLowerInvariant();
        }

        return true;
    }

}
