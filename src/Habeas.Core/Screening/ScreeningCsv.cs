using System.Globalization;
using CsvHelper;

namespace Habeas.Core.Screening;

/// <summary>A screening as CSV, one line per manifest row (<c>habeas screen --format csv</c>, and the screening page's download).</summary>
public static class ScreeningCsv
{
    /// <summary>One line per row; cells a spreadsheet would run as a formula are neutralised (OWASP CSV injection).</summary>
    public static void Write(TextWriter output, ScreeningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "row", "line", "name", "person", "candidates", "verdict", "rules", "reasons", "citations" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in report.Rows)
        {
            csv.WriteField(row.Row);
            csv.WriteField(row.Line);
            csv.WriteField(CsvCells.Safe(row.Name));
            csv.WriteField(CsvCells.Safe(row.Person ?? string.Empty));
            csv.WriteField(CsvCells.Safe(string.Join(" ", row.Candidates.Select(c => c.Person))));
            csv.WriteField(row.Verdict);
            csv.WriteField(string.Join(" ", row.Findings.Select(f => $"{f.Rule}:{f.Severity}")));
            csv.WriteField(CsvCells.Safe(string.Join(" | ", row.Findings.Select(f => f.Reason))));
            csv.WriteField(CsvCells.Safe(string.Join(" | ", row.Findings.SelectMany(f => f.Citations).Distinct(StringComparer.Ordinal))));
            csv.NextRecord();
        }
    }
}
