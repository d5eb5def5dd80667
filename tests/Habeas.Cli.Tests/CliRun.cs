using Microsoft.Extensions.Time.Testing;

namespace Habeas.Cli.Tests;

/// <summary>Runs the <c>habeas</c> command in-process, capturing its output and exit code.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, _ => null, new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));
        var code = await HabeasCommand.RunAsync(args, context);
        return (code, output.ToString(), error.ToString());
    }
}
