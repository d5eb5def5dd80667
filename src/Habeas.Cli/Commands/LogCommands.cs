using System.CommandLine;
using Habeas.Core.Ledger;
using Habeas.Core.Store;
using Habeas.Ledger;
using Spectre.Console;

namespace Habeas.Cli.Commands;

/// <summary>
/// The tamper-evident log: <c>checkpoint</c>, <c>proof inclusion|consistency</c>, <c>receipt</c>, <c>verify</c>,
/// <c>cosign</c>, <c>keygen</c> and <c>tiles export</c> (docs/ledger.md).
/// </summary>
internal static class LogCommands
{
    public static IEnumerable<Command> Create(CliContext context) =>
        [Checkpoint(context), Proof(context), Receipt(context), Verify(context), Cosign(context), Keygen(context), TilesCommand(context)];

    private static Command Checkpoint(CliContext context)
    {
        var command = new Command("checkpoint", "Sign a checkpoint of the log as it stands and print it (a C2SP signed note).");
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            string note;
            try
            {
                note = await CheckpointHandler.SignNowAsync(location, context.Time, ct);
            }
            catch (InvalidOperationException ex) when (ex.Message.StartsWith("No signing key", StringComparison.Ordinal))
            {
                return context.Fail(ex.Message);
            }
            catch (InvalidOperationException ex)
            {
                context.Error.WriteLine("habeas: " + ex.Message);
                return ExitCodes.Negative;
            }

            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { checkpoint = note });
            }
            else
            {
                context.Output.Write(note);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Proof(CliContext context)
    {
        var sequence = new Argument<long>("sequence") { Description = "The event's sequence number (its leaf index is one less)." };
        var size = new Option<long?>("--size") { Description = "The tree size to prove against (default: the latest signed checkpoint's)." };
        var inclusion = new Command("inclusion", "Prove that an event is in the log: leaf index, tree size, leaf hash, root and proof hashes (base64).");
        inclusion.Arguments.Add(sequence);
        inclusion.Options.Add(size);
        inclusion.SetAction(async (parse, ct) => await WithProofs(context, parse, async (proofs, latest) =>
        {
            var n = parse.GetValue(size) ?? latest;
            if (n < 1 || n > latest)
            {
                return context.Fail($"--size must be between 1 and {latest} (the latest signed checkpoint's size); got {n}.");
            }

            var proof = proofs.Inclusion(parse.GetValue(sequence), n);
            Print(context, parse, proof, () => $"event {proof.LeafIndex + 1} is leaf {proof.LeafIndex} of the tree of size {proof.TreeSize} with root {proof.Root}\nleaf hash {proof.LeafHash}\n" +
                string.Join('\n', proof.Proof));
            return ExitCodes.Success;
        }, ct));

        var m = new Argument<long>("m") { Description = "The earlier tree size." };
        var n = new Argument<long>("n") { Description = "The later tree size." };
        var consistency = new Command("consistency", "Prove that the log of size N extends the log of size M (nothing was changed or removed).");
        consistency.Arguments.Add(m);
        consistency.Arguments.Add(n);
        consistency.SetAction(async (parse, ct) => await WithProofs(context, parse, async (proofs, latest) =>
        {
            var proof = proofs.Consistency(parse.GetValue(m), parse.GetValue(n), latest);
            Print(context, parse, proof, () => $"tree {proof.Size1} (root {proof.Root1}) is a prefix of tree {proof.Size2} (root {proof.Root2})\n" + string.Join('\n', proof.Proof));
            return ExitCodes.Success;
        }, ct));

        var command = new Command("proof", "Inclusion and consistency proofs of the log.");
        command.Subcommands.Add(inclusion);
        command.Subcommands.Add(consistency);
        return command;
    }

    private static Command Receipt(CliContext context)
    {
        var sequence = new Argument<long>("sequence") { Description = "The event's sequence number." };
        var command = new Command("receipt", "A receipt for one event: its inclusion proof and the signed checkpoint (C2SP tlog-proof).");
        command.Arguments.Add(sequence);
        command.SetAction(async (parse, ct) => await WithProofs(context, parse, async (proofs, latest) =>
        {
            var note = await proofs.CheckpointAsync(latest, ct) ?? throw new InvalidOperationException("No signed checkpoint.");
            var receipt = proofs.Receipt(parse.GetValue(sequence), latest, note);
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { receipt });
            }
            else
            {
                context.Output.Write(receipt);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var checkpoint = new Option<FileInfo?>("--checkpoint") { Description = "A signed checkpoint you kept earlier: also check that today's log extends it." };
        var key = new Option<FileInfo?>("--key") { Description = "The log's verifier key (vkey) you trust (default: ledger.pub in the data directory)." };
        var witness = new Option<FileInfo[]>("--witness") { Description = "A trusted witness's verifier key file (repeatable).", AllowMultipleArgumentsPerToken = true };
        var quorum = new Option<int?>("--quorum") { Description = "How many trusted witnesses must have cosigned the kept checkpoint (default: all given)." };
        var command = new Command("verify", "Recompute every commitment, leaf and root from the stored events and check them against the signed checkpoints. Exit 1 naming the first bad sequence.");
        command.Options.Add(checkpoint);
        command.Options.Add(key);
        command.Options.Add(witness);
        command.Options.Add(quorum);
        command.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            NoteVerifier logKey;
            List<NoteVerifier> witnesses;
            try
            {
                logKey = parse.GetValue(key) is { } k
                    ? NoteVerifier.Parse(File.ReadAllText(k.FullName).Trim())
                    : LedgerKeys.LoadVerifier(location.DataDirectory) ?? throw new FormatException($"no {LedgerKeys.PublicKeyFile} in {location.DataDirectory}; pass --key");
                witnesses = (parse.GetValue(witness) ?? []).Select(f => NoteVerifier.Parse(File.ReadAllText(f.FullName).Trim())).ToList();
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                return context.Fail("verify: " + ex.Message);
            }

            var keptFile = parse.GetValue(checkpoint);
            if (keptFile is { Exists: false })
            {
                return context.Fail($"verify: {keptFile}: no such file.");
            }

            var kept = keptFile is null ? null : await File.ReadAllTextAsync(keptFile.FullName, ct);
            VerifyResult result = null!;
            await context.ErrorConsole.Progress().AutoClear(true).StartAsync(async progress =>
            {
                var task = progress.AddTask("verify", maxValue: 1);
                task.IsIndeterminate = true;
                result = await LogVerifier.VerifyAsync(location, logKey, kept, witnesses, parse.GetValue(quorum) ?? witnesses.Count,
                    new Progress<long>(n => task.Description = $"verify: {n:N0} events"), ct);
                task.Value = 1;
            });
            if (GlobalOptions.IsJson(parse))
            {
                context.WriteJson(new { holds = result.Holds, events = result.Events, first_bad_sequence = result.FirstBadSequence, message = result.Message, tree_size = result.CheckpointSize, root = result.Root });
            }
            else
            {
                (result.Holds ? context.Output : context.Error).WriteLine((result.Holds ? "OK: " : "FAILED: ") + result.Message);
            }

            return result.Holds ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }

    private static Command Cosign(CliContext context)
    {
        var checkpoint = new Argument<FileInfo>("checkpoint") { Description = "A signed checkpoint (from habeas checkpoint or a log's published 'checkpoint' file)." };
        var key = new Option<FileInfo>("--key") { Description = "The witness's private key file (from habeas keygen --witness).", Required = true };
        var command = new Command("cosign", "As a witness, cosign a checkpoint (C2SP tlog-cosignature): prints the checkpoint with the cosignature added.");
        command.Arguments.Add(checkpoint);
        command.Options.Add(key);
        command.SetAction(async (parse, ct) =>
        {
            string note;
            NoteSigner witness;
            try
            {
                note = await File.ReadAllTextAsync(parse.GetValue(checkpoint)!.FullName, ct);
                witness = NoteSigner.Parse((await File.ReadAllTextAsync(parse.GetValue(key)!.FullName, ct)).Trim());
                var text = SignedNote.Parse(note).Text;
                if (!Habeas.Ledger.Checkpoint.TryParse(text, out _))
                {
                    return context.Fail("cosign: the file is a signed note but not a checkpoint.");
                }

                var line = Cosignature.Sign(text, witness, context.Time.GetUtcNow().ToUnixTimeSeconds());
                context.Output.Write(SignedNote.AddSignatures(note, [line]));
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                return context.Fail("cosign: " + ex.Message);
            }
        });
        return command;
    }

    private static Command Keygen(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The key's name (e.g. witness.example.org)." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the private key (mode 0600); the verifier key goes beside it with .pub.", Required = true };
        var witness = new Option<bool>("--witness") { Description = "A witness key for cosignatures (C2SP tlog-cosignature) rather than a log key." };
        var command = new Command("keygen", "Create an Ed25519 key pair in C2SP signed-note format (for witnesses, or a log's replacement key).");
        command.Arguments.Add(name);
        command.Options.Add(output);
        command.Options.Add(witness);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output)!;
            if (file.Exists)
            {
                return context.Fail($"{file} exists; choose another --out.");
            }

            var signer = NoteSigner.Generate(parse.GetValue(name)!, parse.GetValue(witness) ? (byte)0x04 : (byte)0x01);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(file.FullName, options))
            {
                writer.Write(signer.PrivateKey + "\n");
            }

            File.WriteAllText(file.FullName + ".pub", signer.VerifierKey + "\n");
            context.Output.WriteLine(signer.VerifierKey);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command TilesCommand(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Where to write the static files." };
        var export = new Command("export", "Write the latest checkpoint, the hash tiles and the entry bundles at the C2SP tlog-tiles paths.");
        export.Arguments.Add(directory);
        export.SetAction(async (parse, ct) =>
        {
            var location = context.Locate(parse.GetValue(GlobalOptions.Data));
            if (await context.RequireRegistryAsync(location, ct) is { } failed)
            {
                return failed;
            }

            var (size, files) = await TilesExport.HandleAsync(location, parse.GetValue(directory)!.FullName, ct);
            context.Output.WriteLine($"Wrote {files:N0} files for the tree of size {size:N0} to {parse.GetValue(directory)}.");
            return ExitCodes.Success;
        });
        var command = new Command("tiles", "The log as static files (C2SP tlog-tiles).");
        command.Subcommands.Add(export);
        return command;
    }

    private static async Task<int> WithProofs(CliContext context, ParseResult parse, Func<LogProofs, long, Task<int>> action, CancellationToken ct)
    {
        var location = context.Locate(parse.GetValue(GlobalOptions.Data));
        if (await context.RequireRegistryAsync(location, ct) is { } failed)
        {
            return failed;
        }

        await using var db = await RegistryDatabase.OpenAsync(location, ct);
        using var proofs = new LogProofs(db);
        try
        {
            return await action(proofs, await proofs.LatestSizeAsync(ct));
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return context.Fail(ex.Message.Split(" (Parameter")[0]);
        }
    }

    private static void Print<T>(CliContext context, ParseResult parse, T value, Func<string> text)
    {
        if (GlobalOptions.IsJson(parse))
        {
            context.WriteJson(value);
        }
        else
        {
            context.Output.WriteLine(text());
        }
    }
}
