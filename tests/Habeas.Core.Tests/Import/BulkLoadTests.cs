using Habeas.Core.Demo;
using Habeas.Core.Import;
using Habeas.Core.Store;
using Habeas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Tests.Import;

/// <summary>
/// Issue #2: an import into an empty SQLite registry drops the non-unique indexes and makes them again before it
/// commits (<see cref="DeferredIndexes"/>); the registry it leaves must be the one the ordinary path leaves.
/// </summary>
public sealed class BulkLoadTests
{
    /// <summary>The demo registry's events, then a custody fact earlier than the person's others (recomputed mid-batch).</summary>
    private static string[] DemoLinesWithALateFact()
    {
        using var writer = new StringWriter();
        DemoRegistry.Write(writer, seed: 7, persons: 400);
        var late = new Events().Transferred("P-00001", "F-US-TX-01", "F-US-TX-02", "2024-10-01T00:00:00Z").ToString();
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), late.TrimEnd('\n')];
    }

    private static string Write(TestRegistry registry, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(registry.Location.DataDirectory, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<List<string>> SchemaAsync(TestRegistry registry)
    {
        await using var db = await registry.OpenAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name";
        await using var reader = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(TestRegistry.Providers), MemberType = typeof(TestRegistry))]
    public async Task Import_IntoAnEmptyRegistry_GivesTheDigestOfTheSameEventsImportedInTwoBatches(string provider)
    {
        await using var whole = await TestRegistry.CreateAsync(provider);
        await using var parts = await TestRegistry.CreateAsync(provider);
        var lines = DemoLinesWithALateFact();

        await Run.ImportOkAsync(whole, Write(whole, "all.jsonl", lines));
        await Run.ImportOkAsync(parts, Write(parts, "first.jsonl", lines.Take(1)));
        await Run.ImportOkAsync(parts, Write(parts, "rest.jsonl", lines.Skip(1)));

        Assert.Equal(await Run.DigestAsync(parts), await Run.DigestAsync(whole));
    }

    [Fact]
    public async Task Import_IntoAnEmptyRegistry_LeavesTheMigrationsSchemaAndConsistentIndexes()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var migrated = await SchemaAsync(registry);

        await Run.ImportOkAsync(registry, Write(registry, "all.jsonl", DemoLinesWithALateFact()));

        Assert.Equal(migrated, await SchemaAsync(registry));
        await using var db = await registry.OpenAsync();
        await using var check = db.Database.GetDbConnection().CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await check.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    // A new index must be looked at here: a batch into an empty registry may not read through one it has dropped.
    [Fact]
    public async Task Deferrable_OfTheMigratedSchema_AreTheNonUniqueIndexes()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        await using var db = await registry.OpenAsync();

        var names = DeferredIndexes.Deferrable(db.Database.GetDbConnection(), null).Select(i => i.Name);

        Assert.Equal(
            [
                "ix_custody_periods_facility_id_from_at", "ix_event_persons_person_id", "ix_events_person_id_sequence", "ix_follows_follower",
                "ix_instruments_person_id", "ix_notifications_next_attempt_at", "ix_order_persons_person_id", "ix_person_records_a_number",
                "ix_person_records_person_id", "ix_persons_survivor_id", "ix_relations_other_person_id", "ix_relations_person_id",
                "ix_transfer_request_persons_person_id",
            ],
            names);
    }

    [Fact]
    public async Task Import_InvalidLineIntoAnEmptyRegistry_WritesNothingAndKeepsTheIndexes()
    {
        await using var registry = await TestRegistry.CreateAsync("sqlite");
        var migrated = await SchemaAsync(registry);
        var lines = DemoLinesWithALateFact();
        lines[^2] = """{"type":"custody.began","person":"P-NOBODY","facility":"F-US-TX-01","occurred_at":"2025-01-01T00:00:00Z"}""";

        var rejected = Assert.IsType<ImportResult.Rejected>(await Run.ImportAsync(registry, Write(registry, "bad.jsonl", lines)));

        Assert.Equal(1, rejected.ErrorCount);
        Assert.Equal(migrated, await SchemaAsync(registry));
        await using var db = await registry.OpenAsync();
        Assert.Equal(0, await db.Events.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.CustodyPeriods.CountAsync(TestContext.Current.CancellationToken));
    }
}
