using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Habeas.Core.Ledger;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Habeas.Domain.Events;
using Habeas.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Import;

/// <summary>
/// Imports a JSON Lines file of events. The file is read twice as a stream, never whole: once for its
/// SHA-256 and line count, once to check and append each line in one transaction.
/// </summary>
public sealed class ImportHandler(RegistryLocation location, TimeProvider time)
{
    /// <summary>False only in the benchmark that measures what the log costs: never in the product.</summary>
    internal bool MaintainLog { get; init; } = true;

    /// <summary>How many error lines are shown; the rest are counted.</summary>
    public const int ShownErrors = 50;

    /// <summary>Counts the lines of a file and computes its SHA-256, streaming.</summary>
    public static async Task<(string Sha256, int Lines)> FingerprintAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var lines = 0;
        var lastByte = (byte)'\n';
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            lastByte = buffer[read - 1];
        }

        if (lastByte != (byte)'\n')
        {
            lines++;
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), lines);
    }

    private const int BatchSize = 1024;

    /// <summary>
    /// The reading stage. It guesses each line's sequence (the next, if every line so far was appended) so the
    /// leaf, and the log's nodes it completes on <paramref name="log"/> (a copy of the tree), can be hashed here
    /// too; the writing stage uses them only when the guess held.
    /// </summary>
    private static void ReadLines(string path, long firstSequence, TreeBuilder? log, ChannelWriter<List<(int, ParsedLine)>> output, CancellationToken cancellationToken)
    {
        var number = 0;
        try
        {
            // Strict UTF-8: a file in another encoding is an error, never silently turned into U+FFFD.
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            var batch = new List<(int, ParsedLine)>(BatchSize);
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    var parsed = ParsedLine.Parse(line, firstSequence, log);
                    batch.Add((number, parsed));
                    if (parsed.Event is not null)
                    {
                        firstSequence++;
                    }
                }

                if (batch.Count == BatchSize)
                {
                    Send(output, batch, cancellationToken);
                    batch = new List<(int, ParsedLine)>(BatchSize);
                }
            }

            Send(output, batch, cancellationToken);
            output.TryComplete();
        }
#pragma warning disable CA1031 // Whatever stops the reader must reach the writer, or the import would wait forever.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            output.TryComplete(ex is DecoderFallbackException
                ? new InvalidDataException($"{path}: the file is not valid UTF-8 (after line {number}); save it as UTF-8 and import it again.", ex)
                : ex);
        }
    }

    /// <summary>Cancels a token source when disposed (leaving the writing stage by any path stops the reader).</summary>
    private sealed class CancelOnDispose(CancellationTokenSource source) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await source.CancelAsync();
    }

    private static void Send(ChannelWriter<List<(int, ParsedLine)>> output, List<(int, ParsedLine)> batch, CancellationToken cancellationToken)
    {
        while (!output.TryWrite(batch))
        {
            if (!output.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                throw new OperationCanceledException("The import stopped reading.");
            }
        }
    }

    public async Task<ImportResult> HandleAsync(ImportCommand command, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (sha256, lineCount) = await FingerprintAsync(command.FilePath, cancellationToken);
        await using var db = await RegistryDatabase.OpenAsync(location, cancellationToken);
        var previous = await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha256, cancellationToken);
        if (previous is not null)
        {
            return new ImportResult.AlreadyImported(sha256, previous.FileName, previous.FirstSequence, previous.LastSequence);
        }

        var clock = Stopwatch.StartNew();
        var fileName = Path.GetFileName(command.FilePath);
        var provenance = new Provenance(command.RecordedBy, time.GetUtcNow().ToUnixTimeMilliseconds(), command.SourceName ?? fileName, sha256);
        var errors = new List<string>(ShownErrors);
        var errorCount = 0;
        try
        {
            var signer = LedgerKeys.Load(location.DataDirectory);
            if (signer is null && MaintainLog)
            {
                return new ImportResult.Rejected(
                    [$"{command.FilePath}: the registry's signing key ({Path.Combine(location.DataDirectory, LedgerKeys.PrivateKeyFile)}) is missing: every import ends with a signed checkpoint. Run habeas init with the same --data, or restore the key."], 1);
            }

            using var session = AppendSession.Begin(db.Database.GetDbConnection(), provenance, signer, MaintainLog);
            if (session.SourceFileImported(sha256))
            {
                // Another import of the same file committed while this one waited for the write lock.
                return new ImportResult.AlreadyImported(sha256, fileName, 0, session.StartVersion);
            }

            if (command.ExpectedVersion is { } expected && expected != session.StartVersion)
            {
                return new ImportResult.ConcurrentWriter(
                    $"The registry is at version {session.StartVersion}, not {expected} as expected: someone appended meanwhile. Nothing was written; look at what changed and import again.");
            }

            // Two stages on two cores: a reader thread parses lines (JSON, fields, canonical bytes), this thread
            // checks references and writes, in file order. The bounded channel keeps memory flat on any file size.
            // Lines travel in batches: a channel hand-off per line cost more than the line's own parse (measured).
            var lines = Channel.CreateBounded<List<(int Number, ParsedLine Line)>>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
            // Stopping the reader when this stage ends early (a database error) keeps it from waiting on a full channel.
            using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var log = session.CopyOfLog();
            var reading = Task.Run(() => ReadLines(command.FilePath, session.StartVersion + 1, log, lines.Writer, stopReading.Token), CancellationToken.None);
            await using var cancelOnExit = new CancelOnDispose(stopReading);
            var lineErrors = new List<FieldError>();
            var number = 0;
            while (await lines.Reader.WaitToReadAsync(cancellationToken))
            {
                while (lines.Reader.TryRead(out var batch))
                {
                    foreach (var (lineNumber, parsed) in batch)
                    {
                        number = lineNumber;
                        lineErrors.Clear();
                        session.Add(parsed, number, lineErrors);
                        foreach (var error in lineErrors)
                        {
                            errorCount++;
                            if (errors.Count < ShownErrors)
                            {
                                errors.Add($"{command.FilePath}:{number}: {error}");
                            }
                        }
                    }

                    progress?.Report(new ImportProgress(number, lineCount));
                }
            }

            await reading;
            progress?.Report(new ImportProgress(number, lineCount));
            if (errorCount > 0)
            {
                return new ImportResult.Rejected(errors, errorCount);
            }

            if (command.DryRun)
            {
                // Leaving without a commit rolls the whole transaction back: the registry is as it was.
                return new ImportResult.Checked(Summarise(session, sha256, lineCount, clock));
            }

            session.RecordSourceFile(sha256, fileName, provenance.SourceName!, lineCount);
            session.Commit();
            return new ImportResult.Imported(Summarise(session, sha256, lineCount, clock));
        }
        catch (DbException ex) when (StoreErrors.IsConcurrentWriter(ex))
        {
            return new ImportResult.ConcurrentWriter(
                "Another writer appended to the registry during this import; nothing was written. Run the import again.");
        }
    }

    private static ImportSummary Summarise(AppendSession session, string sha256, int lineCount, Stopwatch clock) =>
        new(sha256, lineCount, session.StartVersion + 1, session.LastSequence, session.AppendedByType.ToDictionary(),
            session.Unchanged, clock.Elapsed.TotalSeconds, session.Checkpoint);
}
