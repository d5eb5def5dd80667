using Habeas.Core.Demo;
using Habeas.Core.Maintenance;
using Habeas.Testing;

namespace Habeas.Core.Tests.Maintenance;

public sealed class RoundTripTests
{
    private static string DemoFile(string dir)
    {
        var path = Path.Combine(dir, "demo.jsonl");
        using var writer = new StreamWriter(path);
        DemoRegistry.Write(writer, seed: 7, persons: 400);
        return path;
    }

    // Issue #2: export → import into an empty registry, and rebuild, both reproduce the digest.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Export_ImportedIntoAnEmptyRegistry_ReproducesTheDigest(string provider)
    {
        await using var source = await TestRegistry.CreateAsync(provider);
        await using var target = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(source, DemoFile(source.Location.DataDirectory));
        await Run.ImportOkAsync(source, new Events().Person("P-NEW").WriteTo(source.Location.DataDirectory, "second.jsonl"));

        var export = Path.Combine(target.Location.DataDirectory, "export.jsonl");
        await using (var writer = new StreamWriter(export))
        {
            await ExportHandler.HandleAsync(source.Location, writer, TestContext.Current.CancellationToken);
        }

        await Run.ImportOkAsync(target, export);

        Assert.Equal(await Run.DigestAsync(source), await Run.DigestAsync(target));
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Rebuild_AfterImports_ReproducesTheDigest(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, DemoFile(registry.Location.DataDirectory));
        // Out-of-order custody facts exercise the recomputation path, which rebuild must reproduce.
        await Run.ImportOkAsync(registry, new Events()
            .Transferred("P-00001", "F-US-TX-01", "F-US-TX-02", "2024-10-01T00:00:00Z")
            .WriteTo(registry.Location.DataDirectory, "late.jsonl"));
        var before = await Run.DigestAsync(registry);

        var replayed = await RebuildHandler.HandleAsync(registry.Location, TestContext.Current.CancellationToken);

        Assert.True(replayed > 1000);
        Assert.Equal(before, await Run.DigestAsync(registry));
    }

    [Fact]
    public async Task Digest_SameEventsOnBothEngines_IsTheSame()
    {
        _ = TestRegistry.PostgresServer();
        await using var sqlite = await TestRegistry.CreateAsync("sqlite");
        await using var postgres = await TestRegistry.CreateAsync("postgres");
        await Run.ImportOkAsync(sqlite, SharedData.ContractSample);
        await Run.ImportOkAsync(postgres, SharedData.ContractSample);

        Assert.Equal(await Run.DigestAsync(sqlite), await Run.DigestAsync(postgres));
    }
}
