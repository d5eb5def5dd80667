using Habeas.Core.Store;

namespace Habeas.Core.Import;

/// <summary>
/// Appends events given as JSON Lines text (an API body, a reviewer's decision on a page) through the import: the same
/// checks, all or nothing. The import reads a file twice (its SHA-256, then the lines), so the text is written to a
/// temporary one; errors name it <c>body</c>, or the name the caller gives (an uploaded file's).
/// </summary>
public static class LineBatch
{
    /// <param name="location">The registry.</param>
    /// <param name="time">The clock (transaction time).</param>
    /// <param name="write">Writes the lines to the file.</param>
    /// <param name="sourceName">The provenance name of what is appended.</param>
    /// <param name="recordedBy">Who appends.</param>
    /// <param name="cancellationToken">Stops the append (nothing is written).</param>
    /// <param name="dryRun">Check only: say what would be appended, write nothing.</param>
    /// <param name="shownAs">What error lines call the text.</param>
    /// <returns>The import's result, its error lines naming the text <paramref name="shownAs"/>; null when <paramref name="write"/> refused (returned false).</returns>
    public static async Task<ImportResult?> AppendAsync(
        RegistryLocation location, TimeProvider time, Func<Stream, Task<bool>> write, string sourceName, string recordedBy, CancellationToken cancellationToken,
        bool dryRun = false, string shownAs = "body")
    {
        ArgumentNullException.ThrowIfNull(write);
        var path = Path.Combine(Path.GetTempPath(), "habeas-append-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            await using (var file = File.Create(path))
            {
                if (!await write(file))
                {
                    return null;
                }
            }

            var result = await new ImportHandler(location, time).HandleAsync(new ImportCommand(path, sourceName, recordedBy, DryRun: dryRun), null, cancellationToken);
            return result is ImportResult.Rejected rejected
                ? rejected with { Errors = rejected.Errors.Select(e => e.Replace(path, shownAs, StringComparison.Ordinal)).ToArray() }
                : result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Appends <paramref name="lines"/> (one event each).</summary>
    public static Task<ImportResult?> AppendAsync(
        RegistryLocation location, TimeProvider time, IEnumerable<string> lines, string sourceName, string recordedBy, CancellationToken cancellationToken) =>
        AppendAsync(location, time, async stream =>
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            foreach (var line in lines)
            {
                await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            }

            return true;
        }, sourceName, recordedBy, cancellationToken);
}
