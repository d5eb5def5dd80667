using FsCheck;
using FsCheck.Fluent;
using Habeas.Core.Import;
using Habeas.Core.Recording;
using Habeas.Core.Screening;
using Habeas.Testing;

namespace Habeas.Core.Tests.Import;

/// <summary>
/// Issue #8's fuzzing of the parsers: the contract sample's lines and a manifest, mutated at random (characters dropped,
/// doubled, replaced by quotes, braces, escapes, control characters, lone surrogates, long runs), must never crash a
/// parser, and an import that refuses a file must leave the registry exactly as it was. The number of cases is
/// HABEAS_FUZZ_RUNS (a scheduled job sets it high; a normal run keeps it short).
/// </summary>
public sealed class ImportFuzzTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("HABEAS_FUZZ_RUNS"), out var runs) && runs > 0 ? runs : 1;

    private static readonly string[] SampleLines = File.ReadAllLines(SharedData.ContractSample).Where(l => l.Length > 0).ToArray();

    private static readonly string[] Pieces =
        ["\"", "{", "}", "[", "]", ":", ",", "\\", "\\u0000", "\\ud800", "\\udc00", "\u0001", "\u202E", "null", "true", "1e999", "-0", "\"\"",
         "\"occurred_at\":", "\"type\":\"person.recorded\"", "\"person\":\"P-1\"", "2025-13-40", "9999999999999999999999", "😀", "\n", new string('x', 5000)];

    /// <summary>A line changed one to four times.</summary>
    private static Gen<string> Mutated(IReadOnlyList<string> lines) =>
        from line in Gen.Elements(lines.ToArray())
        from edits in Gen.ListOf(Edit, 4).Select(l => l.Take(4).ToArray())
        select edits.Aggregate(line, (text, edit) => edit(text));

    private static readonly Gen<Func<string, string>> Edit = Gen.OneOf(
        from at in Gen.Choose(0, 10_000) select (Func<string, string>)(s => s.Length == 0 ? s : s.Remove(at % s.Length, 1)),
        from at in Gen.Choose(0, 10_000) from piece in Gen.Elements(Pieces) select (Func<string, string>)(s => s.Insert(at % (s.Length + 1), piece)),
        from at in Gen.Choose(0, 10_000) select (Func<string, string>)(s => s[..(at % (s.Length + 1))]),
        from at in Gen.Choose(0, 10_000) from length in Gen.Choose(1, 40)
        select (Func<string, string>)(s => s.Length == 0 ? s : s.Insert(at % s.Length, s.Substring(at % s.Length, Math.Min(length, s.Length - at % s.Length)))));

    [Fact]
    public void ParseLine_AnyMutationOfAValidLine_NeverThrows_AndEitherReadsOrNamesAField()
    {
        var property = Prop.ForAll(Arb.From(Mutated(SampleLines)), line =>
        {
            var parsed = ParsedLine.Parse(line);
            return parsed.Event is not null || (parsed.Errors.Count > 0 && parsed.Errors.All(e => e.ToString().StartsWith("field '", StringComparison.Ordinal)));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000 * Runs), property);
    }

    [Fact]
    public void ManifestReader_AnyMutationOfAManifest_NeverThrows()
    {
        string[] manifest = ["A-Number,Last Name,First Name,Date of Birth,Citizenship", "100000001,RUIZ PAREDES,MARTA ELENA,02/14/1990,EL SALVADOR", ",IBARRA,TOMAS,11/30/1985,USA"];
        var property = Prop.ForAll(Arb.From(Gen.ListOf(Mutated(manifest), 6).Select(rows => string.Join("\n", rows.Prepend(manifest[0])))), text =>
        {
            // As an upload arrives: bytes, read as UTF-8 (a lone surrogate cannot survive that; in a string it could).
            using var reader = ManifestReader.Open(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
            var (rows, errors, _) = ManifestReader.Read(reader, "manifest");
            return rows.Count + errors.Count >= 0;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000 * Runs), property);
    }

    // The whole import on a real registry: a file of valid lines with one mutated is imported whole or refused whole,
    // and a refusal changes nothing.
    [Fact]
    public async Task Import_AFileWithOneMutatedLine_IsImportedWholeOrRefusedWithoutAPartialWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        var cases = Gen.Sample(Gen.Zip(Gen.Choose(0, SampleLines.Length - 1), Mutated(SampleLines)), 20 * Runs);
        var refused = 0;
        foreach (var (position, mutation) in cases)
        {
            await using var registry = await TestRegistry.CreateAsync("sqlite");
            var before = await Run.DigestAsync(registry);
            var lines = SampleLines.ToArray();
            lines[position] = mutation.Replace("\n", " ", StringComparison.Ordinal);
            var path = Path.Combine(registry.Location.DataDirectory, "fuzz.jsonl");
            await File.WriteAllLinesAsync(path, lines, ct);

            var result = await Run.ImportAsync(registry, path);

            switch (result)
            {
                case ImportResult.Rejected rejected:
                    refused++;
                    Assert.All(rejected.Errors, e => Assert.StartsWith(path + ":", e, StringComparison.Ordinal));
                    Assert.Equal(before, await Run.DigestAsync(registry));
                    break;
                case ImportResult.Imported imported:
                    Assert.Equal(lines.Length, imported.Summary.Lines);
                    break;
                default:
                    Assert.Fail($"unexpected result {result}");
                    break;
            }
        }

        Assert.True(refused > 0, "no mutation was refused: the generator is not mutating");
    }
}
