using System.Text.Json;
using Habeas.Testing;

namespace Habeas.Cli.Tests;

public sealed class LogCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("habeas-log-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Data => Path.Combine(_dir, "r");

    private async Task ImportSampleAsync()
    {
        var (code, output, _) = await CliRun.RunAsync("init", "--data", Data, "--origin", "habeas.test/log");
        Assert.Equal(0, code);
        Assert.Contains("habeas.test/log+", output, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunAsync("import", SharedData.ContractSample, "--data", Data)).Code);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Init_WritesThePrivateKeyReadableOnlyByItsOwner()
    {
        await CliRun.RunAsync("init", "--data", Data);

        var mode = File.GetUnixFileMode(Path.Combine(Data, "ledger.key"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.True(File.Exists(Path.Combine(Data, "ledger.pub")));
    }

    [Fact]
    public async Task ProofInclusion_Json_HasTheShapeOfDesign()
    {
        await ImportSampleAsync();

        var (code, output, _) = await CliRun.RunAsync("proof", "inclusion", "3", "--format", "json", "--data", Data);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("leaf_index").GetInt64());
        Assert.Equal(17, json.RootElement.GetProperty("tree_size").GetInt64());
        Assert.Equal(32, Convert.FromBase64String(json.RootElement.GetProperty("root").GetString()!).Length);
        Assert.Equal(5, json.RootElement.GetProperty("proof").GetArrayLength());
    }

    [Theory]
    [InlineData("proof", "inclusion", "18")]
    [InlineData("proof", "inclusion", "0")]
    [InlineData("proof", "consistency", "9", "3")]
    public async Task Proof_OutOfRange_ExitsTwo(params string[] args)
    {
        await ImportSampleAsync();

        var (code, _, error) = await CliRun.RunAsync([.. args, "--data", Data]);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Verify_UntouchedThenTampered_ExitsZeroThenOneNamingTheSequence()
    {
        await ImportSampleAsync();
        Assert.Equal(0, (await CliRun.RunAsync("verify", "--data", Data)).Code);

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Data, "registry.db")}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE events SET payload = replace(payload, 'Ruiz', 'Ruis') WHERE sequence = 4";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var (code, _, error) = await CliRun.RunAsync("verify", "--data", Data);

        Assert.Equal(1, code);
        Assert.Contains("Event 4", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cosign_ByATrustedWitness_MeetsTheQuorumOnlyWithTheCosignature()
    {
        await ImportSampleAsync();
        var checkpoint = Path.Combine(_dir, "checkpoint");
        var witnessKey = Path.Combine(_dir, "witness.key");
        await File.WriteAllTextAsync(checkpoint, (await CliRun.RunAsync("checkpoint", "--data", Data)).Out, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await CliRun.RunAsync("keygen", "witness.example", "--witness", "--out", witnessKey)).Code);

        var (code, cosigned, _) = await CliRun.RunAsync("cosign", checkpoint, "--key", witnessKey);
        var cosignedFile = Path.Combine(_dir, "cosigned");
        await File.WriteAllTextAsync(cosignedFile, cosigned, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        Assert.Contains("— witness.example ", cosigned, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunAsync("verify", "--checkpoint", cosignedFile, "--witness", witnessKey + ".pub", "--data", Data)).Code);
        Assert.Equal(1, (await CliRun.RunAsync("verify", "--checkpoint", checkpoint, "--witness", witnessKey + ".pub", "--data", Data)).Code);
    }

    [Fact]
    public async Task TilesExport_WritesTheCheckpointTilesAndEntryBundles()
    {
        await ImportSampleAsync();
        var export = Path.Combine(_dir, "public");

        var (code, _, _) = await CliRun.RunAsync("tiles", "export", export, "--data", Data);

        Assert.Equal(0, code);
        Assert.StartsWith("habeas.test/log\n17\n", await File.ReadAllTextAsync(Path.Combine(export, "checkpoint"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(17 * 32, new FileInfo(Path.Combine(export, "tile", "0", "000.p", "17")).Length);
        Assert.True(File.Exists(Path.Combine(export, "tile", "entries", "000.p", "17")));
    }

    [Fact]
    public async Task Receipt_PrintsATlogProof()
    {
        await ImportSampleAsync();

        var (code, output, _) = await CliRun.RunAsync("receipt", "13", "--data", Data);

        Assert.Equal(0, code);
        Assert.StartsWith("c2sp.org/tlog-proof@v1\nindex 12\n", output, StringComparison.Ordinal);
    }
}
