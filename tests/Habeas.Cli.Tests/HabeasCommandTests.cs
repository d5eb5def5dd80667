using System.Text.Json;
using Habeas.Testing;

namespace Habeas.Cli.Tests;

public sealed class HabeasCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Data => Path.Combine(_dir, "r");

    [Fact]
    public async Task Person_AfterImport_PrintsTheCaseFileShapeOfDesign()
    {
        Assert.Equal(0, (await CliRun.RunAsync("init", "--data", Data)).Code);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data)).Code);

        var (code, output, _) = await CliRun.RunAsync("person", "P-1", "--as-of", "2025-04-01T00:00:00Z", "--format", "json", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var field in new[] { "person", "records", "instruments", "current", "timeline" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        var current = root.GetProperty("current");
        Assert.Equal("F-SV-1", current.GetProperty("facility").GetString());
        Assert.Equal("US-ICE", current.GetProperty("authority").GetString());
        Assert.Equal("SV-PRISONS", current.GetProperty("physical_authority").GetString());
        Assert.Equal("2025-03-16T04:10:00Z", current.GetProperty("since").GetString());
    }

    [Fact]
    public async Task Import_BadFile_ExitsTwoAndNamesFileLineAndField()
    {
        await CliRun.RunAsync("init", "--data", Data);
        var bad = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllLinesAsync(bad, [
            """{"type":"facility.registered","facility":"F-1","name":"One","country":"US","authority":"US-ICE"}""",
            """{"type":"person.recorded","person":"P-1","given":"Ana","birth_country":"USA-ish"}""",
        ], TestContext.Current.CancellationToken);

        var (code, _, error) = await CliRun.RunAsync("import", bad, "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains($"{bad}:2: field 'birth_country': expected an ISO 3166-1 alpha-2 country code", error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DryRun_PrintsWhatWouldBeAppendedAndLeavesTheRegistryEmpty()
    {
        await CliRun.RunAsync("init", "--data", Data);
        var empty = (await CliRun.RunAsync("digest", "--data", Data)).Out;

        var (code, output, _) = await CliRun.RunAsync("import", SharedData.ContractSample, "--dry-run", "--format", "json", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("checked", json.RootElement.GetProperty("status").GetString());
        Assert.False(json.RootElement.GetProperty("written").GetBoolean());
        Assert.True(json.RootElement.GetProperty("events").GetInt64() > 10);
        Assert.Equal(empty, (await CliRun.RunAsync("digest", "--data", Data)).Out);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data)).Code);
        Assert.Contains("Nothing added", (await CliRun.RunAsync("import", SharedData.ContractSample, "--dry-run", "--data", Data)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwice_SaysNothingWasAdded()
    {
        await CliRun.RunAsync("init", "--data", Data);
        await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data);

        var (code, output, _) = await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data);

        Assert.Equal(0, code);
        Assert.StartsWith("Nothing added", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("person", "P-404")]
    [InlineData("facility", "F-404")]
    public async Task Query_UnknownId_ExitsTwoNamingIt(string command, string id)
    {
        await CliRun.RunAsync("init", "--data", Data);

        var (code, _, error) = await CliRun.RunAsync(command, id, "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains($"'{id}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_WithoutARegistry_ExitsTwoAndSaysHowToCreateOne()
    {
        var (code, _, error) = await CliRun.RunAsync("digest", "--data", Data);

        Assert.Equal(2, code);
        Assert.Contains("habeas init --data", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Data, "registry.db")));
    }

    [Theory]
    [InlineData("person", "P-1", "--as-of", "yesterday")]
    [InlineData("nosuchcommand")]
    [InlineData("nosuchcommand", "--help")]
    [InlineData("person")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        await CliRun.RunAsync("init", "--data", Data);

        var (code, _, error) = await CliRun.RunAsync([.. args, "--data", Data]);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyRegistry_GivesTheSameDigest()
    {
        await CliRun.RunAsync("init", "--data", Data);
        await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data);
        var export = Path.Combine(_dir, "export.jsonl");
        var other = Path.Combine(_dir, "r2");

        Assert.Equal(0, (await CliRun.RunAsync("export", "--output", export, "--data", Data)).Code);
        await CliRun.RunAsync("init", "--data", other);
        await CliRun.RunAsync("import", export, "--data", other);

        Assert.Equal((await CliRun.RunAsync("digest", "--data", Data)).Out, (await CliRun.RunAsync("digest", "--data", other)).Out);
        Assert.Equal(File.ReadLines(SharedData.ContractSample).Count(), File.ReadLines(export).Count());
    }

    [Fact]
    public async Task Demo_NoServe_CreatesADeterministicRegistry()
    {
        var (code, output, error) = await CliRun.RunAsync("demo", "--no-serve", "--persons", "300", "--data", Data);
        var (_, digest1, _) = await CliRun.RunAsync("digest", "--data", Data);
        var again = Path.Combine(_dir, "again");
        await CliRun.RunAsync("demo", "--no-serve", "--persons", "300", "--data", again);
        var (_, digest2, _) = await CliRun.RunAsync("digest", "--data", again);

        Assert.True(code == 0, error);
        Assert.Contains("Demo registry at", output, StringComparison.Ordinal);
        Assert.Equal(digest1, digest2);
    }
}
