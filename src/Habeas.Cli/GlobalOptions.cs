using System.CommandLine;

namespace Habeas.Cli;

/// <summary>The options every command takes (DESIGN.md): <c>--data DIR</c> and <c>--format json</c>.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "The registry's data directory (default ./habeas-data, or HABEAS_DATA). HABEAS_DB=<PostgreSQL connection string> selects PostgreSQL.",
        Recursive = true,
    };

    public static readonly Option<string> Format = new("--format")
    {
        Description = "Output format: text or json (and csv for screen, link, dedupe and duplicates, whose text is CSV).",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    /// <summary>The commands that can write CSV.</summary>
    public static readonly IReadOnlySet<string> CsvCommands = new HashSet<string>(StringComparer.Ordinal) { "screen", "link", "dedupe", "duplicates" };

    static GlobalOptions() => Format.AcceptOnlyFromAmong("text", "json", "csv");

    public static bool IsCsv(ParseResult result) => result.GetValue(Format) == "csv";

    public static bool IsJson(ParseResult result) => result.GetValue(Format) == "json";
}
