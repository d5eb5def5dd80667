using System.Data.Common;
using Habeas.Core.Ledger;
using Habeas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Tests.Ledger;

public sealed class LogVerifierTests
{
    private static async Task<VerifyResult> VerifyAsync(TestRegistry registry, string? kept = null) =>
        await LogVerifier.VerifyAsync(registry.Location, LedgerKeys.LoadVerifier(registry.Location.DataDirectory)!, kept, [], 0, null,
            TestContext.Current.CancellationToken);

    private static async Task<int> SqlAsync(TestRegistry registry, string sql, params (string Name, object? Value)[] values)
    {
        await using var db = await registry.OpenAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }

        return await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<(string Type, string Payload, byte[] Salt)> RowAsync(TestRegistry registry, long sequence)
    {
        await using var db = await registry.OpenAsync();
        var row = await db.Events.AsNoTracking().SingleAsync(e => e.Sequence == sequence, TestContext.Current.CancellationToken);
        return (row.Type, row.Payload, row.Salt!);
    }

    private static Task<int> PutAsync(TestRegistry registry, long sequence, (string Type, string Payload, byte[] Salt) row) =>
        SqlAsync(registry, "UPDATE events SET type = @t, payload = @p, salt = @s WHERE sequence = @n",
            ("@t", row.Type), ("@p", row.Payload), ("@s", row.Salt), ("@n", sequence));

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_UntouchedLog_Holds(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);

        var result = await VerifyAsync(registry);

        Assert.True(result.Holds, result.Message);
        Assert.Equal((17L, 17L), (result.Events, result.CheckpointSize));
    }

    // The reading thread hashes leaves and nodes ahead for the sequence it guesses; a line that appends nothing (a
    // facility registered again, identically) breaks every later guess, and the writer must hash on its own from there.
    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    public async Task VerifyAsync_AfterALineThatAppendedNothing_Holds(int alreadyInRegistry)
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var dir = registry.Location.DataDirectory;
        var events = new Events().Facility("F-1").Facility("F-2");
        for (var p = 0; p < alreadyInRegistry; p++)
        {
            events.Person($"P-OLD-{p}");
        }

        if (alreadyInRegistry > 0)
        {
            await Run.ImportOkAsync(registry, events.WriteTo(dir, "first.jsonl"));
            events = new Events();
        }

        for (var p = 0; p < 300; p++)
        {
            events.Person($"P-{p}").Began($"P-{p}", "F-1", "2025-01-01T00:00:00Z");
            if (p == 100)
            {
                events.Facility("F-1");
            }
        }

        var summary = await Run.ImportOkAsync(registry, events.WriteTo(dir, "second.jsonl"));
        var result = await VerifyAsync(registry);

        Assert.Equal(1, summary.Unchanged);
        Assert.True(result.Holds, result.Message);
        Assert.Equal(alreadyInRegistry + 2 + 600L, result.Events);
    }

    // Issue #4 regression: an exported request and its decision imported again — the gate appends the decision, the
    // file's copy of it appends nothing, and the next line lands on the sequence the reader guessed with a different
    // leaf before it. The reader's hashed-ahead nodes must not be used from there.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_ExportWithARequestAndItsDecisionImportedAgain_Holds(string provider)
    {
        await using var source = await TestRegistry.CreateAsync(provider);
        await using var target = await TestRegistry.CreateAsync(provider);
        var events = new Events().Facility("F-1").Person("P-1").Began("P-1", "F-1", "2025-01-01T00:00:00Z")
            .Line("""{"type":"transfer.requested","request":"R-1","persons":["P-1"],"from":"F-1","country":"SV","authority":"US-ICE","occurred_at":"2025-02-01T00:00:00Z"}""");
        for (var p = 0; p < 40; p++)
        {
            events.Person($"P-{p + 2}");
        }

        await Run.ImportOkAsync(source, events.WriteTo(source.Location.DataDirectory));
        var export = Path.Combine(target.Location.DataDirectory, "export.jsonl");
        await using (var writer = new StreamWriter(export))
        {
            await Habeas.Core.Maintenance.ExportHandler.HandleAsync(source.Location, writer, TestContext.Current.CancellationToken);
        }

        var summary = await Run.ImportOkAsync(target, export);
        var result = await VerifyAsync(target);

        Assert.Equal(1, summary.Unchanged);
        Assert.True(result.Holds, result.Message);
        Assert.Equal(await Run.DigestAsync(source), await Run.DigestAsync(target));
    }

    // Issue #3: change one byte of one stored event → exit 1 naming the sequence; restore → holds.
    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_OneByteOfOneEventChanged_NamesThatSequenceUntilRestored(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        var original = await RowAsync(registry, 5);

        await PutAsync(registry, 5, original with { Payload = original.Payload.Replace("Tomás", "Tomás ", StringComparison.Ordinal) });
        var tampered = await VerifyAsync(registry);
        await PutAsync(registry, 5, original);
        var restored = await VerifyAsync(registry);

        Assert.False(tampered.Holds);
        Assert.Equal(5, tampered.FirstBadSequence);
        Assert.Contains("Event 5", tampered.Message, StringComparison.Ordinal);
        Assert.True(restored.Holds, restored.Message);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_EventRowDeleted_NamesTheMissingSequenceUntilRestored(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        await using var db = await registry.OpenAsync();
        var row = await db.Events.AsNoTracking().SingleAsync(e => e.Sequence == 7, TestContext.Current.CancellationToken);

        await SqlAsync(registry, "DELETE FROM events WHERE sequence = 7");
        var deleted = await VerifyAsync(registry);
        db.Events.Add(row);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var restored = await VerifyAsync(registry);

        Assert.Equal((false, 7L), (deleted.Holds, deleted.FirstBadSequence));
        Assert.True(restored.Holds, restored.Message);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_TwoRowsSwapped_NamesTheFirstUntilRestored(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        var third = await RowAsync(registry, 10);
        var fourth = await RowAsync(registry, 11);

        await PutAsync(registry, 10, fourth);
        await PutAsync(registry, 11, third);
        var swapped = await VerifyAsync(registry);
        await PutAsync(registry, 10, third);
        await PutAsync(registry, 11, fourth);

        Assert.Equal((false, 10L), (swapped.Holds, swapped.FirstBadSequence));
        Assert.True((await VerifyAsync(registry)).Holds);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_ForgedRowInserted_NamesItUntilRemoved(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        await Run.ImportOkAsync(registry, SharedData.ContractSample);
        var template = await RowAsync(registry, 17);
        const string forged = """{"country":"SV","occurred_at":"2025-05-01T00:00:00Z","person":"P-2","type":"person.removed"}""";
        var salt = new byte[32];

        await SqlAsync(registry,
            "INSERT INTO events (sequence, type, payload, recorded_at, recorded_by, salt) VALUES (18, 'person.removed', @p, 0, 'forger', @s)",
            ("@p", forged), ("@s", salt));
        var inserted = await VerifyAsync(registry);
        await SqlAsync(registry, "DELETE FROM events WHERE sequence = 18");

        Assert.Equal((false, 18L), (inserted.Holds, inserted.FirstBadSequence));
        Assert.True((await VerifyAsync(registry)).Holds);
        Assert.NotNull(template.Payload);
    }

    [Fact]
    public async Task VerifyAsync_UpperTileAltered_DoesNotHold()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var events = new Events();
        for (var i = 0; i < 300; i++)
        {
            events.Person($"P-{i}");
        }

        await Run.ImportOkAsync(registry, events.WriteTo(registry.Location.DataDirectory));
        await SqlAsync(registry, "UPDATE ledger_tiles SET hashes = zeroblob(32) WHERE level = 1 AND \"index\" = 0");

        var result = await VerifyAsync(registry);

        Assert.False(result.Holds);
        Assert.Contains("tiles were altered", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task VerifyAsync_KeptCheckpoint_HoldsWhenTheLogExtendsItAndFailsWhenHistoryIsRewritten(string provider)
    {
        await using var registry = await TestRegistry.CreateAsync(provider);
        var first = await Run.ImportOkAsync(registry, new Events().Facility("F-1").Person("P-1").WriteTo(registry.Location.DataDirectory, "a.jsonl"));
        await Run.ImportOkAsync(registry, new Events().Person("P-2").Person("P-3").WriteTo(registry.Location.DataDirectory, "b.jsonl"));

        var extends = await VerifyAsync(registry, first.Checkpoint);
        var original = await RowAsync(registry, 2);
        var forgedSalt = new byte[32];
        var forgedPayload = original.Payload.Replace("Ana", "Eva", StringComparison.Ordinal);
        // A rewrite that keeps the event self-consistent (a new salt too) is caught against the log's leaf.
        await PutAsync(registry, 2, original with { Payload = forgedPayload, Salt = forgedSalt });
        var rewritten = await VerifyAsync(registry, first.Checkpoint);

        Assert.True(extends.Holds, extends.Message);
        Assert.False(rewritten.Holds);
        Assert.Equal(2, rewritten.FirstBadSequence);
    }
}
