using System.CommandLine;
using Habeas.Core.Queries;

namespace Habeas.Cli.Commands;

/// <summary>The <c>--as-of T</c> option: an instant with offset, a date, a month or a year (valid time).</summary>
internal static class AsOfOption
{
    public static Option<string?> Create() => new("--as-of")
    {
        Description = "Answer as of this moment of valid time: 2025-04-01T00:00:00Z, 2025-04-01 (the end of that day), 2025-04, 2025.",
    };

    public static bool TryRead(ParseResult parse, Option<string?> option, CliContext context, out AsOf? asOf, out int exitCode)
    {
        asOf = null;
        exitCode = ExitCodes.Success;
        if (parse.GetValue(option) is not { } text)
        {
            return true;
        }

        try
        {
            asOf = AsOf.Parse(text);
            return true;
        }
        catch (FormatException ex)
        {
            exitCode = context.Fail("--as-of: " + ex.Message);
            return false;
        }
    }
}
