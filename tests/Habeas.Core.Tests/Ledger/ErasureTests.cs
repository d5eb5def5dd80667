using Habeas.Core.Ledger;
using Habeas.Core.Maintenance;
using Habeas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Tests.Ledger;

public sealed class ErasureTests
{
    private static Task<VerifyResult> VerifyAsync(TestRegistry registry) =>
        LogVerifier.VerifyAsync(registry.Location, LedgerKeys.LoadVerifier(registry.Location.DataDirectory)!, null, [], 0, null,
            TestContext.Current.CancellationToken);

    // Issue #3: a court-ordered erasure removes the content, keeps the commitment; the log still verifies.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task EventErased_RemovesTheContentEverywhereAndTheLogStillVerifies(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        var before = await Run.PersonAsync(registry, "P-3");
        Assert.NotNull(before);

        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"event.erased","erases":6,"order":"O-1","reason":"court-ordered erasure","occurred_at":"2025-07-01"}""")
            .WriteTo(registry.Location.DataDirectory, "erase.jsonl"));

        var verified = await VerifyAsync(registry);
        Assert.True(verified.Holds, verified.Message);
        await using (var db = await registry.OpenAsync())
        {
            var row = await db.Events.AsNoTracking().SingleAsync(e => e.Sequence == 6, TestContext.Current.CancellationToken);
            Assert.Equal(("", null, null, "person.recorded"), (row.Payload, row.Salt, row.PersonId, row.Type));
            Assert.NotNull(row.Commitment);
            Assert.False(await db.PersonRecords.AnyAsync(r => r.Sequence == 6, TestContext.Current.CancellationToken));
        }

        // The person was known only through the erased record.
        Assert.Null(await Run.PersonAsync(registry, "P-3"));
        var export = Path.Combine(registry.Location.DataDirectory, "export.jsonl");
        await using (var writer = new StreamWriter(export))
        {
            await ExportHandler.HandleAsync(registry.Location, writer, TestContext.Current.CancellationToken);
        }

        Assert.DoesNotContain("Rubén", await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventErased_NamingAnIdThatLooksLikeANumber_ErasesThatEventNotTheSequence()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var dir = registry.Location.DataDirectory;
        await Run.ImportOkAsync(registry, new Events().Facility("F-1").Person("P-1").Person("P-2")
            .Line("""{"id":"2","type":"person.recorded","person":"P-3","given":"Luz","surnames":["Mora"]}""").WriteTo(dir, "a.jsonl"));

        await Run.ImportOkAsync(registry, new Events().Line("""{"type":"event.erased","erases":"2","order":"O-9","occurred_at":"2025-07-01"}""").WriteTo(dir, "b.jsonl"));

        Assert.NotNull(await Run.PersonAsync(registry, "P-1"));
        Assert.Null(await Run.PersonAsync(registry, "P-3"));
    }

    [Fact]
    public async Task EventErased_TwiceOrOfAnErasure_IsRejectedAndChangesNothing()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        await Run.ImportOkAsync(registry, new Events()
            .Line("""{"type":"event.erased","erases":6,"order":"O-1","occurred_at":"2025-07-01"}""").WriteTo(registry.Location.DataDirectory, "erase.jsonl"));
        var digest = await Run.DigestAsync(registry);

        var twice = await Run.ImportAsync(registry, new Events()
            .Line("""{"type":"event.erased","erases":6,"order":"O-1","occurred_at":"2025-07-02"}""").WriteTo(registry.Location.DataDirectory, "again.jsonl"));
        var ofErasure = await Run.ImportAsync(registry, new Events()
            .Line("""{"type":"event.erased","erases":18,"order":"O-1","occurred_at":"2025-07-02"}""").WriteTo(registry.Location.DataDirectory, "meta.jsonl"));

        Assert.Contains("erased already", Assert.IsType<Habeas.Core.Import.ImportResult.Rejected>(twice).Errors[0], StringComparison.Ordinal);
        Assert.Contains("cannot itself be erased", Assert.IsType<Habeas.Core.Import.ImportResult.Rejected>(ofErasure).Errors[0], StringComparison.Ordinal);
        Assert.Equal(digest, await Run.DigestAsync(registry));
    }

    [Fact]
    public async Task Verify_ContentRemovedWithoutAnErasure_NamesTheEvent()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        await using (var db = await registry.OpenAsync())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE events SET payload = '', salt = NULL WHERE sequence = 9", TestContext.Current.CancellationToken);
        }

        var result = await VerifyAsync(registry);

        Assert.Equal((false, 9L), (result.Holds, result.FirstBadSequence));
    }
}
