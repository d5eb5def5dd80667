using Habeas.Core.Store;
using Habeas.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Ledger;

/// <summary>
/// Writes the public log as static files at the C2SP tlog-tiles paths, so any web server can mirror it: the
/// latest signed <c>checkpoint</c>, every hash tile of that tree, and the entry bundles (each leaf's bytes:
/// sequence, type and commitment — no personal data).
/// </summary>
public static class TilesExport
{
    public static async Task<(long Size, int Files)> HandleAsync(RegistryLocation location, string directory, CancellationToken cancellationToken)
    {
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        using var proofs = new LogProofs(db);
        var note = await proofs.CheckpointAsync(null, cancellationToken)
            ?? throw new InvalidOperationException("The log has no signed checkpoint yet; import events or run habeas checkpoint first.");
        var size = await proofs.LatestSizeAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "checkpoint"), note, cancellationToken);
        var files = 1;
        foreach (var tile in Tiles.ForTree(size))
        {
            var stored = proofs.Tile(tile.Level, tile.Index)
                ?? throw new InvalidOperationException($"Tile {tile.Level}/{tile.Index} is missing from the store; run habeas verify.");
            await Write(directory, Tiles.Path(tile), stored.Data.AsSpan(0, tile.Width * TreeHash.Size).ToArray(), cancellationToken);
            files++;
        }

        var bundle = new List<byte[]>(Tiles.FullWidth);
        var first = 0L;
        foreach (var e in StoredEvents.Read(db.Database.GetDbConnection(), null))
        {
            if (e.Sequence > size)
            {
                break;
            }

            bundle.Add(LeafFormat.Leaf(e.Sequence, e.Type, e.Commitment() ?? new byte[32]));
            if (bundle.Count == Tiles.FullWidth)
            {
                await Write(directory, Tiles.EntriesPath(first / Tiles.FullWidth, Tiles.FullWidth), Tiles.EntryBundle(bundle), cancellationToken);
                files++;
                first += bundle.Count;
                bundle.Clear();
            }
        }

        if (bundle.Count > 0)
        {
            await Write(directory, Tiles.EntriesPath(first / Tiles.FullWidth, bundle.Count), Tiles.EntryBundle(bundle), cancellationToken);
            files++;
        }

        return (size, files);
    }

    private static async Task Write(string root, string relative, byte[] data, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, data, cancellationToken);
    }
}
