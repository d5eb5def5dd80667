using System.Text.Json;
using Habeas.Testing;

namespace Habeas.Cli.Tests;

/// <summary>Issue #5 through the command line: link, dedupe and locate — output shapes, exit codes and bad input.</summary>
public sealed class IdentityCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-identity-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Febrl(string file) => Path.Combine(SharedData.Shared, "data", "febrl4", file);

    private string File(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task Link_Febrl4_PrintsOnePairPerLineAndASummaryOnStderr()
    {
        var (code, output, error) = await CliRun.RunAsync("link", Febrl("dataset4a.csv"), Febrl("dataset4b.csv"));

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id_a,id_b,probability", lines[0].TrimEnd('\r'));
        Assert.InRange(lines.Length - 1, 4990, 5000);
        Assert.Contains("rec-1070-org,rec-1070-dup-0,", output, StringComparison.Ordinal);
        Assert.Contains("5,000 x 5,000 records", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_ExplainJson_GivesEachFieldsLevelAndTheModel()
    {
        var (code, output, _) = await CliRun.RunAsync("link", Febrl("dataset4a.csv"), Febrl("dataset4b.csv"), "--explain", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var pair = json.RootElement.GetProperty("pairs")[0];
        var fields = pair.GetProperty("explanation").EnumerateArray().ToArray();
        Assert.Contains(fields, f => f.GetProperty("field").GetString() == "surnames");
        Assert.All(fields, f => Assert.True(f.TryGetProperty("weight", out _)));
        Assert.True(json.RootElement.GetProperty("model").GetProperty("fields").GetArrayLength() >= 5);
        Assert.True(json.RootElement.GetProperty("statistics").GetProperty("candidates").GetInt64() > 0);
    }

    [Fact]
    public async Task Link_BadMapOrMissingFile_ExitsTwoAndNamesTheProblem()
    {
        var a = File("a.csv", "id,name", "1,Ana Perez");

        var (badMap, _, mapError) = await CliRun.RunAsync("link", a, a, "--map", "name=given");
        var (missing, _, missingError) = await CliRun.RunAsync("link", a, Path.Combine(_dir, "nope.csv"));
        var (threshold, _, thresholdError) = await CliRun.RunAsync("link", a, a, "--threshold", "1.5");

        Assert.Equal(2, badMap);
        Assert.Contains("a:COLUMN=FIELD", mapError, StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Contains("nope.csv: no such file. Nothing was linked.", missingError, StringComparison.Ordinal);
        Assert.Equal(2, threshold);
        Assert.Contains("--threshold", thresholdError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dedupe_ListWithARepeatedPerson_PrintsTheGroup()
    {
        var rows = System.IO.File.ReadLines(Febrl("dataset4a.csv")).Take(400).ToList();
        var twin = System.IO.File.ReadLines(Febrl("dataset4b.csv")).First(l => l.StartsWith("rec-1070-dup-0", StringComparison.Ordinal));
        var path = File("list.csv", [.. rows, twin]);

        var (code, output, _) = await CliRun.RunAsync("dedupe", path);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("cluster,id", lines[0]);
        Assert.Contains("1,rec-1070-org", lines);
        Assert.Contains("1,rec-1070-dup-0", lines);
    }

    [Fact]
    public async Task Locate_Sample_FindsThePersonAsJsonAndRejectsABadDate()
    {
        var data = Path.Combine(_dir, "r");
        Assert.Equal(0, (await CliRun.RunAsync("init", "--data", data)).Code);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", data)).Code);

        var (code, output, _) = await CliRun.RunAsync("locate", "RUIZ, MARTA", "--dob", "02/14/1990", "--data", data, "--format", "json");
        var (bad, _, error) = await CliRun.RunAsync("locate", "Marta Ruiz", "--dob", "1990-02-31", "--data", data);
        var (table, text, _) = await CliRun.RunAsync("locate", "Marta Ruiz", "--data", data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("P-1", json.RootElement.GetProperty("candidates")[0].GetProperty("person").GetString());
        Assert.Equal(2, bad);
        Assert.Contains("dob: expected a date", error, StringComparison.Ordinal);
        Assert.Equal(0, table);
        Assert.Contains("P-1", text, StringComparison.Ordinal);
    }
    [Fact]
    public async Task Duplicates_Sample_PrintsAHeaderAndExitsZero()
    {
        var data = Path.Combine(_dir, "d");
        Assert.Equal(0, (await CliRun.RunAsync("init", "--data", data)).Code);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", data)).Code);

        var (code, output, error) = await CliRun.RunAsync("duplicates", "--data", data);
        var (bad, _, badError) = await CliRun.RunAsync("duplicates", "--threshold", "0", "--data", data);

        Assert.Equal(0, code);
        Assert.StartsWith("person_a,name_a,person_b,name_b,probability,status", output, StringComparison.Ordinal);
        Assert.Contains("to merge", error, StringComparison.Ordinal);
        Assert.Equal(2, bad);
        Assert.Contains("--threshold", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RecordWithoutId_OfAContractPerson_IsLinkedAndThePersonCommandShowsOneFile()
    {
        var data = Path.Combine(_dir, "registry");
        Assert.Equal(0, (await CliRun.RunAsync("init", "--data", data)).Code);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", data)).Code);
        var manifest = File("manifest.jsonl",
            """{"type":"person.recorded","given":"MARTA ELENA","surnames":["RUIZ","PAREDES"],"dob":"1990-02-14","nationalities":["SV"],"ids":{"a_number":"100000001"}}""");

        var (imported, summary, _) = await CliRun.RunAsync("import", manifest, "--data", data, "--format", "json");
        var (code, output, _) = await CliRun.RunAsync("person", "P-1", "--data", data, "--format", "json");
        var (_, text, _) = await CliRun.RunAsync("person", "P-1", "--data", data);

        Assert.Equal(0, imported);
        using var events = JsonDocument.Parse(summary);
        Assert.Equal(1, events.RootElement.GetProperty("events_by_type").GetProperty("identity.merged").GetInt32());
        Assert.Equal(0, code);
        using var file = JsonDocument.Parse(output);
        var merged = file.RootElement.GetProperty("merged_ids").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Single(merged, id => id!.StartsWith("HP-", StringComparison.Ordinal));
        Assert.Equal(2, file.RootElement.GetProperty("records").GetArrayLength());
        Assert.Contains($"Also recorded as {merged[0]} (merged).", text, StringComparison.Ordinal);
    }
}
