using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Habeas.Core.Import;
using Habeas.Core.Ledger;
using Habeas.Core.Maintenance;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Bench;

/// <summary>
/// Issue #3's figures, each a ratio measured in one run: the import with the Merkle log maintained vs without
/// it; <c>habeas verify</c> vs SHA-256 alone over the same bytes; inclusion proofs per second.
/// </summary>
internal static class LedgerBench
{
    public static async Task<int> RunAsync(string file, string directory, int rounds)
    {
        var with = new List<double>();
        var without = new List<double>();
        RegistryLocation? logged = null;
        for (var round = 1; round <= rounds; round++)
        {
            // Alternate the order so that neither side always runs on a warmer machine.
            foreach (var maintainLog in round % 2 == 1 ? new[] { true, false } : [false, true])
            {
                var location = new RegistryLocation { Provider = RegistryProvider.Sqlite, DataDirectory = Path.Combine(directory, $"{(maintainLog ? "log" : "nolog")}-{round}") };
                await InitRegistry.HandleAsync(location, "habeas.bench/log", CancellationToken.None);
                var handler = new ImportHandler(location, TimeProvider.System) { MaintainLog = maintainLog };
                var result = await handler.HandleAsync(new ImportCommand(file, null, "bench"), null, CancellationToken.None);
                var summary = ((ImportResult.Imported)result).Summary;
                (maintainLog ? with : without).Add(summary.Seconds);
                Console.WriteLine($"round {round}: import {(maintainLog ? "with" : "without")} the log: {summary.Events:N0} events in {summary.Seconds:F2} s ({summary.EventsPerSecond:N0}/s)");
                if (maintainLog)
                {
                    logged ??= location;
                }
            }
        }

        var medianWith = Median(with);
        var medianWithout = Median(without);
        Console.WriteLine($"import: median {medianWith:F2} s with the log, {medianWithout:F2} s without: the log costs {100 * (medianWith / medianWithout - 1):F1} % (target ≤ 15 %)");

        var verifier = LedgerKeys.LoadVerifier(logged!.DataDirectory)!;
        var clock = Stopwatch.StartNew();
        var verified = await LogVerifier.VerifyAsync(logged, verifier, null, [], 0, null, CancellationToken.None);
        var verifySeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"verify: {verified.Events:N0} events in {verifySeconds:F2} s ({verified.Events / verifySeconds:N0} events/s): {verified.Message}");

        var (shaSeconds, bytes) = await HashSameBytesAsync(logged);
        Console.WriteLine($"SHA-256 alone over the same {bytes / 1e6:F0} MB in the same messages: {shaSeconds:F2} s ({bytes / shaSeconds / 1e6:F0} MB/s)");
        Console.WriteLine($"verify runs at {100 * shaSeconds / verifySeconds:F0} % of this machine's SHA-256 rate over the same bytes (target ≥ 50 %)");

        await using var db = await RegistryDatabase.OpenAsync(logged, CancellationToken.None);
        using var proofs = new LogProofs(db);
        var size = await proofs.LatestSizeAsync(CancellationToken.None);
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            proofs.Inclusion(1 + random.NextInt64(size), size);
        }

        const int count = 100_000;
        clock.Restart();
        for (var i = 0; i < count; i++)
        {
            proofs.Inclusion(1 + random.NextInt64(size), size);
        }

        Console.WriteLine($"inclusion proofs: {count:N0} random ones in a tree of {size:N0} in {clock.Elapsed.TotalSeconds:F2} s = {count / clock.Elapsed.TotalSeconds:N0} proofs/s (target ≥ 20,000)");
        return 0;
    }

    /// <summary>SHA-256 over exactly the messages verify hashes (commitment, leaf, nodes), from memory: the machine's ceiling.</summary>
    private static async Task<(double Seconds, long Bytes)> HashSameBytesAsync(RegistryLocation location)
    {
        var commitments = new List<byte[]>();
        var leaves = new List<byte[]>();
        await using (var db = await RegistryDatabase.OpenAsync(location, CancellationToken.None))
        {
            foreach (var e in await db.Events.AsNoTracking().OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.Type, e.Payload, e.Salt }).ToListAsync())
            {
                commitments.Add([.. e.Salt!, .. Encoding.UTF8.GetBytes(e.Payload)]);
                leaves.Add([0x00, .. LeafFormat.Leaf(e.Sequence, e.Type, LeafFormat.Commitment(e.Salt!, Encoding.UTF8.GetBytes(e.Payload)))]);
            }
        }

        var node = new byte[65];
        node[0] = 0x01;
        var output = new byte[32];
        var bytes = commitments.Sum(c => (long)c.Length) + leaves.Sum(l => (long)l.Length) + (65L * (leaves.Count - 1));
        var clock = Stopwatch.StartNew();
        foreach (var c in commitments)
        {
            SHA256.HashData(c, output);
        }

        // Leaves and nodes through the ledger's own SHA-256 (libsodium for inputs ≤ 128 bytes, faster there than
        // OpenSSL): the machine's best rate for those sizes, so the ratio is not flattered.
        foreach (var l in leaves)
        {
            Habeas.Ledger.TreeHash.Leaf(l.AsSpan(1), output);
        }

        for (var i = 1; i < leaves.Count; i++)
        {
            Habeas.Ledger.TreeHash.Node(node.AsSpan(1, 32), node.AsSpan(33, 32), output);
        }

        return (clock.Elapsed.TotalSeconds, bytes);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
