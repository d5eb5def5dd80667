using System.Text.Encodings.Web;
using System.Text.Json;
using Habeas.Core.Store;
using Spectre.Console;

namespace Habeas.Cli;

/// <summary>
/// What every command needs: where to write (so tests can run commands in-process), the environment, the
/// clock, and the global options' values once parsed.
/// </summary>
internal sealed class CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Func<string, string?> Environment { get; } = environment;

    public TimeProvider Time { get; } = time;

    /// <summary>Rich text on standard output (plain when redirected).</summary>
    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });

    /// <summary>Rich text on standard error, for progress that must not mix with JSON output.</summary>
    public IAnsiConsole ErrorConsole { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });

    public RegistryLocation Locate(string? data) => RegistryLocation.Resolve(data, Environment);

    public void WriteJson<T>(T value) => Output.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>Reports bad input or usage and returns exit code 2.</summary>
    public int Fail(string message)
    {
        Error.WriteLine("habeas: " + message);
        return ExitCodes.BadInput;
    }

    /// <summary>Fails unless a registry exists at <paramref name="location"/>; brings its schema up to date when it does.</summary>
    public async Task<int?> RequireRegistryAsync(RegistryLocation location, CancellationToken cancellationToken)
    {
        if (!await RegistryDatabase.ExistsAsync(location, cancellationToken))
        {
            return Fail($"no registry at {location}. Create one with: habeas init --data {location.DataDirectory}");
        }

        await RegistryDatabase.MigrateAsync(location, cancellationToken);
        return null;
    }
}
