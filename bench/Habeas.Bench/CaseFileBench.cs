using System.Diagnostics;
using System.Globalization;
using Habeas.Core.Queries;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Bench;

/// <summary>
/// What one case file costs in the process that serves it, without HTTP or the page: <c>casefile DIR ROUNDS</c> reads
/// the first 500 persons' files ROUNDS times on one thread, a context per file as a request has, and prints the mean
/// per file and the share of the step that reads the person and their events.
/// </summary>
internal static class CaseFileBench
{
    public static async Task<int> RunAsync(string dir, int rounds)
    {
        var location = new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = dir };
        var options = RegistryDatabase.Options(location);
        string[] ids;
        await using (var db = new RegistryDbContext(options))
        {
            ids = await db.Persons.AsNoTracking().OrderBy(p => p.PersonId).Select(p => p.PersonId).Take(500).ToArrayAsync();
        }

        // Warm up: JIT, EF Core's query cache, SQLite's pages.
        await ReadAllAsync(options, ids);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            await ReadAllAsync(options, ids);
        }

        var perFile = clock.Elapsed.TotalMicroseconds / (rounds * ids.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"case file: {perFile:F0} µs a file on one thread ({rounds} rounds of {ids.Length} persons)"));
        return 0;
    }

    private static async Task ReadAllAsync(DbContextOptions<RegistryDbContext> options, string[] ids)
    {
        foreach (var id in ids)
        {
            await using var db = new RegistryDbContext(options);
            _ = await new CaseFileQuery(db).GetAsync(id, null, CancellationToken.None) ?? throw new InvalidOperationException(id);
        }
    }
}
