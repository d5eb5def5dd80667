using System.Diagnostics;
using System.Globalization;
using Habeas.Bench;

// End-to-end figures for docs/performance.md (not a timed test). Run by bench/import.sh:
//   generate FILE EVENTS     writes a custody-heavy JSON Lines file of about EVENTS events
//   bare FILE DB             inserts the same lines as rows of one table, no projections, one transaction
//   manifest FILE CSV ROWS   writes a screening manifest of ROWS persons drawn from FILE (bench/law.sh)
return args switch
{
    ["generate", var file, var events] => CustodyHeavyFile.Write(file, int.Parse(events, CultureInfo.InvariantCulture)),
    ["bare", var file, var db] => BareInsert.Run(file, db),
    ["parse", var file] => ParseOnly.Run(file),
    ["append", var file, var dir] => await AppendOnly.RunAsync(file, dir),
    ["audit", var dir] => await AuditStages.RunAsync(dir),
    ["screen", var dir, var csv] => await ScreenStages.RunAsync(dir, csv),
    ["manifest", var file, var csv, var rows] => ManifestFile.Write(file, csv, int.Parse(rows, CultureInfo.InvariantCulture)),
    ["ledger", var file, var dir, var rounds] => await LedgerBench.RunAsync(file, dir, int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["link", var a, var b, var truth] => LinkBench.Run(a, b, truth, 3),
    ["link", var a, var b, var truth, var rounds] => LinkBench.Run(a, b, truth, int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["link", var a, var b, var truth, var rounds, var maxBlock] => LinkBench.Run(a, b, truth, int.Parse(rounds, CultureInfo.InvariantCulture), int.Parse(maxBlock, CultureInfo.InvariantCulture)),
    ["lists" or "lists-dedupe", ..] => SyntheticLists.Run(args),
    ["casefile", var dir, var rounds] => await CaseFileBench.RunAsync(dir, int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["locate", var dir, var queries] => LocateBench.Run(dir, int.Parse(queries, CultureInfo.InvariantCulture)),
    ["notify", var events] => await NotifyBench.RunAsync(int.Parse(events, CultureInfo.InvariantCulture)),
    ["resolve", var dir, var persons, var records] => await ResolveBench.RunAsync(dir, int.Parse(persons, CultureInfo.InvariantCulture), int.Parse(records, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Habeas.Bench generate FILE EVENTS | bare FILE DB");
    Debug.Assert(true);
    return 2;
}
