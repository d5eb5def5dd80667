using Habeas.Core.Import;
using Habeas.Core.Ledger;
using Habeas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Tests.Import;

public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_StaleExpectedVersion_WritesNothingAndSaysSo(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, new Events().Facility("F-1").WriteTo(registry.Location.DataDirectory, "a.jsonl"));
        var path = new Events().Person("P-1").WriteTo(registry.Location.DataDirectory, "b.jsonl");

        var stale = await new ImportHandler(registry.Location, Run.Clock).HandleAsync(new ImportCommand(path, null, "test", ExpectedVersion: 0), null, TestContext.Current.CancellationToken);
        var current = await new ImportHandler(registry.Location, Run.Clock).HandleAsync(new ImportCommand(path, null, "test", ExpectedVersion: 1), null, TestContext.Current.CancellationToken);

        Assert.Contains("version 1, not 0", Assert.IsType<ImportResult.ConcurrentWriter>(stale).Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.IsType<ImportResult.Imported>(current).Summary.LastSequence);
    }

    // Issue #2: appends fail cleanly on a concurrent writer — never interleave, never lose or duplicate a sequence.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task HandleAsync_TwoWritersAtOnce_OneWinsOrTheyQueue_AndTheLogStaysWhole(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var files = Enumerable.Range(0, 4).Select(w =>
        {
            var events = new Events();
            for (var i = 0; i < 1500; i++)
            {
                events.Person($"P-{w}-{i}");
            }

            return events.WriteTo(registry.Location.DataDirectory, $"writer{w}.jsonl");
        }).ToArray();

        var results = await Task.WhenAll(files.Select(f => Task.Run(() => Run.ImportAsync(registry, f))));

        var imported = results.OfType<ImportResult.Imported>().ToArray();
        Assert.All(results, r => Assert.True(r is ImportResult.Imported or ImportResult.ConcurrentWriter, r.ToString()));
        Assert.NotEmpty(imported);
        await using var db = await registry.OpenAsync();
        var sequences = await db.Events.Select(e => e.Sequence).OrderBy(s => s).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Enumerable.Range(1, 1500 * imported.Length).Select(i => (long)i), sequences);
        var verified = await LogVerifier.VerifyAsync(registry.Location, LedgerKeys.LoadVerifier(registry.Location.DataDirectory)!, null, [], 0, null,
            TestContext.Current.CancellationToken);
        Assert.True(verified.Holds, verified.Message);
    }
}
