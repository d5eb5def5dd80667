using System.Diagnostics;
using Habeas.Matching.Linking;

namespace Habeas.Core.Identity;

/// <summary>
/// Reads two person lists (or one), lines up their columns — the recognised fields, and further columns both lists
/// share by header name (an address, a postcode) compared as text — and links or deduplicates them.
/// </summary>
public static class LinkHandler
{
    /// <exception cref="PersonListException">A list cannot be read; nothing was linked.</exception>
    public static LinkReport Handle(LinkCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!(command.Threshold > 0 && command.Threshold < 1))
        {
            throw new PersonListException($"--threshold: expected a probability between 0 and 1 (exclusive), got {command.Threshold}.");
        }

        var clock = Stopwatch.StartNew();
        var headerA = PersonListReader.ReadHeader(command.PathA);
        var (fieldsA, restA) = PersonListReader.Recognise(command.PathA, headerA, command.MapA);
        PersonListLayout layoutA;
        PersonListLayout? layoutB = null;
        var warnings = new List<string>();
        var linker = new Linker(LinkOptions.Default with
        {
            Threshold = command.Threshold,
            ReviewFrom = Math.Min(0.5, command.Threshold),
            KeepCandidates = command.KeepCandidates || command.Truth is not null,
            MaxBlock = command.MaxBlock > 0 ? command.MaxBlock : LinkOptions.Default.MaxBlock,
        });
        if (command.PathB is null)
        {
            layoutA = new PersonListLayout(headerA, fieldsA, restA);
            var records = PersonListReader.Read(command.PathA, layoutA, warnings);
            var read = clock.Elapsed.TotalSeconds;
            return new LinkReport(linker.Deduplicate(records, restA.Select(i => PersonListReader.Key(headerA[i])).ToArray()), layoutA, null, warnings, read);
        }

        var headerB = PersonListReader.ReadHeader(command.PathB);
        var (fieldsB, restB) = PersonListReader.Recognise(command.PathB, headerB, command.MapB);
        var sharedA = new List<int>();
        var sharedB = new List<int>();
        var names = new List<string>();
        foreach (var i in restA)
        {
            var key = PersonListReader.Key(headerA[i]);
            var j = restB.FirstOrDefault(j => PersonListReader.Key(headerB[j]) == key, -1);
            if (j >= 0)
            {
                sharedA.Add(i);
                sharedB.Add(j);
                names.Add(key);
            }
        }

        layoutA = new PersonListLayout(headerA, fieldsA, sharedA);
        layoutB = new PersonListLayout(headerB, fieldsB, sharedB);
        var a = PersonListReader.Read(command.PathA, layoutA, warnings);
        var b = PersonListReader.Read(command.PathB, layoutB, warnings);
        var truth = command.Truth is null ? null : ReadTruth(command.Truth);
        var readSeconds = clock.Elapsed.TotalSeconds;
        var result = linker.Link(a, b, names);
        return new LinkReport(result, layoutA, layoutB, warnings, readSeconds) { Quality = truth is null ? null : result.Measure(truth) };
    }

    /// <summary>Known pairs: a CSV whose first two columns are the ids in the first and the second list, after a header.</summary>
    private static List<(string A, string B)> ReadTruth(string path)
    {
        if (!File.Exists(path))
        {
            throw new PersonListException($"{path}: no such file (--truth).");
        }

        var pairs = new List<(string A, string B)>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1 || text.Length == 0)
            {
                continue;
            }

            var cells = text.Split(',');
            if (cells.Length < 2 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new PersonListException($"{path}:{line}: expected two ids (id_a,id_b), got \"{text}\".");
            }

            pairs.Add((cells[0].Trim(), cells[1].Trim()));
        }

        return pairs;
    }
}
