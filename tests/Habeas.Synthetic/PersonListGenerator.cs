using System.Globalization;
using System.Text;

namespace Habeas.Synthetic;

/// <summary>
/// Writes synthetic person lists for linking (two lists, different layouts, a truth file) and for deduplication (one
/// list, persons repeated, truth clusters), with the corruptions and hard negatives of real sources. See README.md.
/// </summary>
/// <remarks>
/// Determinism: the population comes from one stream of <see cref="GeneratorOptions.Seed"/>, each record from its
/// own stream keyed by (seed, list, person or occurrence), and list order from a seeded shuffle; nothing reads the
/// clock or the culture. Memory: the population is held (about 150 bytes a person) and rows are streamed.
/// </remarks>
public sealed class PersonListGenerator
{
    private const byte OnlyA = 1;
    private const byte OnlyB = 2;
    private const byte Both = 3;

    private static readonly string[] KindNames = Enum.GetNames<CorruptionKind>();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public PersonListGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RecordsA, nameof(options.RecordsA));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RecordsB, nameof(options.RecordsB));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DedupeRecords, nameof(options.DedupeRecords));
        RequireFraction(options.Overlap, nameof(options.Overlap));
        RequireFraction(options.DuplicatedFraction, nameof(options.DuplicatedFraction));
        RequireFraction(options.SiblingFraction, nameof(options.SiblingFraction));
        RequireFraction(options.NamesakeFraction, nameof(options.NamesakeFraction));
        RequireFraction(options.HardNegativeSplit, nameof(options.HardNegativeSplit));
        if (options.SiblingFraction + options.NamesakeFraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Siblings and namesakes together cannot exceed the population.");
        }

        ArgumentNullException.ThrowIfNull(options.RatesA, nameof(options.RatesA));
        ArgumentNullException.ThrowIfNull(options.RatesB, nameof(options.RatesB));
        options.RatesA.Validate(nameof(options.RatesA));
        options.RatesB.Validate(nameof(options.RatesB));
        Options = options;
    }

    public GeneratorOptions Options { get; }

    /// <summary>Writes DIRECTORY/a.csv, b.csv, truth.csv and hard-negatives.csv, creating the directory.</summary>
    public LinkReport WriteLinkFiles(string directory)
    {
        Directory.CreateDirectory(directory);
        using var a = OpenWriter(Path.Combine(directory, "a.csv"));
        using var b = OpenWriter(Path.Combine(directory, "b.csv"));
        using var truth = OpenWriter(Path.Combine(directory, "truth.csv"));
        using var hard = OpenWriter(Path.Combine(directory, "hard-negatives.csv"));
        return WriteLink(a, b, truth, hard);
    }

    /// <summary>
    /// Writes list A, list B, the truth (<c>a_id,b_id</c>, one row per person on both lists, in A order) and,
    /// optionally, the hard negatives (<c>a_id,b_id,kind</c>) and a log of each record's corruptions
    /// (<c>id,corruptions</c>, kinds separated by "|").
    /// </summary>
    public LinkReport WriteLink(
        TextWriter listA, TextWriter listB, TextWriter truth, TextWriter? hardNegatives = null,
        TextWriter? corruptionsA = null, TextWriter? corruptionsB = null)
    {
        ArgumentNullException.ThrowIfNull(listA);
        ArgumentNullException.ThrowIfNull(listB);
        ArgumentNullException.ThrowIfNull(truth);
        var o = Options;
        var both = (int)Math.Min(Math.Min(o.RecordsA, o.RecordsB), Math.Round(o.Overlap * (o.RecordsA + o.RecordsB) / (1 + o.Overlap)));
        var population = Population.Build(o.Seed, o.RecordsA + o.RecordsB - both, o.SiblingFraction, o.NamesakeFraction);
        var roles = AssignLists(population, o.RecordsA - both, o.RecordsB - both, both);

        var orderA = Shuffled(roles, OnlyA, SeededRandom.For(o.Seed, SeededRandom.Stream.OrderA, 0));
        var orderB = Shuffled(roles, OnlyB, SeededRandom.For(o.Seed, SeededRandom.Stream.OrderB, 0));
        var positionB = Positions(orderB, population.Count);

        var tallyA = new CorruptionTally();
        var tallyB = new CorruptionTally();
        WriteList(listA, Layouts.HeaderA, orderA, 'a', population, o.RatesA, SeededRandom.Stream.ListA, tallyA, corruptionsA);
        WriteList(listB, Layouts.HeaderB, orderB, 'b', population, o.RatesB, SeededRandom.Stream.ListB, tallyB, corruptionsB);

        Csv.WriteHeader(truth, "a_id,b_id");
        var links = 0;
        for (var k = 0; k < orderA.Length; k++)
        {
            if (roles[orderA[k]] == Both)
            {
                truth.Write(string.Concat(Id('a', k), ",", Id('b', positionB[orderA[k]]), Csv.RecordEnd));
                links++;
            }
        }

        long pairs = 0;
        if (hardNegatives is not null)
        {
            var positionA = Positions(orderA, population.Count);
            Csv.WriteHeader(hardNegatives, "a_id,b_id,kind");
            foreach (var group in population.Groups)
            {
                for (var x = group.Start; x < group.Start + group.Count; x++)
                {
                    for (var y = group.Start; y < group.Start + group.Count; y++)
                    {
                        if (x != y && positionA[x] >= 0 && positionB[y] >= 0)
                        {
                            hardNegatives.Write(string.Concat(Id('a', positionA[x]), ",", Id('b', positionB[y]), ",", KindName(group.Kind), Csv.RecordEnd));
                            pairs++;
                        }
                    }
                }
            }
        }

        return new LinkReport
        {
            Persons = population.Count, RecordsA = orderA.Length, RecordsB = orderB.Length, Links = links, HardNegativePairs = pairs,
            CorruptionsA = tallyA, CorruptionsB = tallyB,
        };
    }

    /// <summary>Writes DIRECTORY/dedupe.csv, dedupe-truth.csv and dedupe-hard-negatives.csv, creating the directory.</summary>
    public DedupeReport WriteDedupeFiles(string directory)
    {
        Directory.CreateDirectory(directory);
        using var list = OpenWriter(Path.Combine(directory, "dedupe.csv"));
        using var truth = OpenWriter(Path.Combine(directory, "dedupe-truth.csv"));
        using var hard = OpenWriter(Path.Combine(directory, "dedupe-hard-negatives.csv"));
        return WriteDedupe(list, truth, hard);
    }

    /// <summary>
    /// Writes one list in layout B in which some persons appear 2–4 times, each time corrupted afresh with
    /// <see cref="GeneratorOptions.RatesB"/>; the truth (<c>record,cluster</c>, every record, cluster = person); and,
    /// optionally, the hard negatives (<c>record_1,record_2,kind</c>) and the corruption log.
    /// </summary>
    public DedupeReport WriteDedupe(TextWriter list, TextWriter truth, TextWriter? hardNegatives = null, TextWriter? corruptions = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(truth);
        var o = Options;
        var (slotPerson, duplicated) = Appearances(o.DedupeRecords, o.DuplicatedFraction, SeededRandom.For(o.Seed, SeededRandom.Stream.Membership, 1));
        var persons = slotPerson.Length == 0 ? 0 : slotPerson[^1] + 1;
        var population = Population.Build(o.Seed, persons, o.SiblingFraction, o.NamesakeFraction);

        // order[k] is the slot written k-th; a slot is one appearance of one person, and seeds that appearance.
        var order = new int[slotPerson.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var shuffle = SeededRandom.For(o.Seed, SeededRandom.Stream.DedupeOrder, 0);
        Shuffle(order, ref shuffle);

        var tally = new CorruptionTally();
        Csv.WriteHeader(list, Layouts.HeaderB);
        corruptions?.Write("id,corruptions" + Csv.RecordEnd);
        var draft = new RecordDraft();
        var row = new StringBuilder(256);
        var scratch = new StringBuilder(128);
        for (var k = 0; k < order.Length; k++)
        {
            var person = population.Persons[slotPerson[order[k]]];
            var random = SeededRandom.For(o.Seed, SeededRandom.Stream.Dedupe, order[k]);
            Corruptor.Apply(person, draft, o.RatesB, tally, ref random);
            var id = Id('r', k);
            Layouts.AppendB(row, id, draft, scratch, ref random);
            Csv.WriteRecord(list, row);
            WriteLog(corruptions, id, draft, row);
        }

        Csv.WriteHeader(truth, "record,cluster");
        for (var k = 0; k < order.Length; k++)
        {
            truth.Write(string.Concat(Id('r', k), ",", Id('p', slotPerson[order[k]]), Csv.RecordEnd));
        }

        long pairs = 0;
        if (hardNegatives is not null)
        {
            pairs = WriteDedupeHardNegatives(hardNegatives, population, slotPerson, order);
        }

        return new DedupeReport { Persons = persons, Records = order.Length, DuplicatedPersons = duplicated, HardNegativePairs = pairs, Corruptions = tally };
    }

    private static long WriteDedupeHardNegatives(TextWriter writer, Population population, int[] slotPerson, int[] order)
    {
        var recordsOf = new Dictionary<int, List<int>>();
        for (var k = 0; k < order.Length; k++)
        {
            var person = slotPerson[order[k]];
            if (population.Persons[person].Group >= 0)
            {
                if (!recordsOf.TryGetValue(person, out var records))
                {
                    recordsOf[person] = records = [];
                }

                records.Add(k);
            }
        }

        Csv.WriteHeader(writer, "record_1,record_2,kind");
        long pairs = 0;
        foreach (var group in population.Groups)
        {
            for (var x = group.Start; x < group.Start + group.Count; x++)
            {
                for (var y = x + 1; y < group.Start + group.Count; y++)
                {
                    if (!recordsOf.TryGetValue(x, out var left) || !recordsOf.TryGetValue(y, out var right))
                    {
                        continue;
                    }

                    foreach (var l in left)
                    {
                        foreach (var r in right)
                        {
                            writer.Write(string.Concat(Id('r', Math.Min(l, r)), ",", Id('r', Math.Max(l, r)), ",", KindName(group.Kind), Csv.RecordEnd));
                            pairs++;
                        }
                    }
                }
            }
        }

        return pairs;
    }

    private void WriteList(
        TextWriter writer, string header, int[] order, char prefix, Population population, CorruptionRates rates,
        SeededRandom.Stream stream, CorruptionTally tally, TextWriter? log)
    {
        Csv.WriteHeader(writer, header);
        log?.Write("id,corruptions" + Csv.RecordEnd);
        var draft = new RecordDraft();
        var row = new StringBuilder(256);
        var scratch = new StringBuilder(128);
        for (var k = 0; k < order.Length; k++)
        {
            var person = population.Persons[order[k]];
            var random = SeededRandom.For(Options.Seed, stream, person.Index);
            Corruptor.Apply(person, draft, rates, tally, ref random);
            var id = Id(prefix, k);
            if (prefix == 'a')
            {
                Layouts.AppendA(row, id, draft, scratch, ref random);
            }
            else
            {
                Layouts.AppendB(row, id, draft, scratch, ref random);
            }

            Csv.WriteRecord(writer, row);
            WriteLog(log, id, draft, row);
        }
    }

    private static void WriteLog(TextWriter? log, string id, RecordDraft draft, StringBuilder row)
    {
        if (log is null)
        {
            return;
        }

        row.Append(id).Append(',');
        var first = true;
        for (var kind = 0; kind < KindNames.Length; kind++)
        {
            if (draft.Has((CorruptionKind)kind))
            {
                row.Append(first ? string.Empty : "|").Append(KindNames[kind]);
                first = false;
            }
        }

        Csv.WriteRecord(log, row);
    }

    /// <summary>
    /// Which list(s) each person is on, in exact numbers. Split hard-negative groups go first: one member on A only,
    /// another on B only. Everyone else takes a role from a shuffled pool of what is left.
    /// </summary>
    private byte[] AssignLists(Population population, int onlyA, int onlyB, int both)
    {
        var random = SeededRandom.For(Options.Seed, SeededRandom.Stream.Membership, 0);
        var roles = new byte[population.Count];
        foreach (var group in population.Groups)
        {
            if (random.Chance(Options.HardNegativeSplit) && onlyA > 0 && onlyB > 0)
            {
                roles[group.Start] = OnlyA;
                roles[group.Start + 1] = OnlyB;
                onlyA--;
                onlyB--;
            }
        }

        var pool = new byte[onlyA + onlyB + both];
        Array.Fill(pool, OnlyA, 0, onlyA);
        Array.Fill(pool, OnlyB, onlyA, onlyB);
        Array.Fill(pool, Both, onlyA + onlyB, both);
        Shuffle(pool, ref random);
        var next = 0;
        for (var p = 0; p < roles.Length; p++)
        {
            if (roles[p] == 0)
            {
                roles[p] = pool[next++];
            }
        }

        return roles;
    }

    /// <summary>The persons on one list (<paramref name="side"/> or both), in a seeded random order.</summary>
    private static int[] Shuffled(byte[] roles, byte side, SeededRandom random)
    {
        var count = 0;
        foreach (var role in roles)
        {
            if (role == side || role == Both)
            {
                count++;
            }
        }

        var order = new int[count];
        var next = 0;
        for (var p = 0; p < roles.Length; p++)
        {
            if (roles[p] == side || roles[p] == Both)
            {
                order[next++] = p;
            }
        }

        Shuffle(order, ref random);
        return order;
    }

    private static int[] Positions(int[] order, int persons)
    {
        var positions = new int[persons];
        Array.Fill(positions, -1);
        for (var k = 0; k < order.Length; k++)
        {
            positions[order[k]] = k;
        }

        return positions;
    }

    /// <summary>
    /// The person of each appearance slot, slots of a person adjacent: how many times each person appears, drawn until
    /// the list is full (the last person may be cut short).
    /// </summary>
    private static (int[] SlotPerson, int Duplicated) Appearances(int records, double duplicatedFraction, SeededRandom random)
    {
        var slotPerson = new int[records];
        var person = 0;
        var duplicated = 0;
        var slot = 0;
        while (slot < records)
        {
            var times = 1;
            if (random.Chance(duplicatedFraction))
            {
                var u = random.NextDouble();
                times = u < 0.6 ? 2 : u < 0.9 ? 3 : 4;
            }

            times = Math.Min(times, records - slot);
            if (times > 1)
            {
                duplicated++;
            }

            for (var t = 0; t < times; t++)
            {
                slotPerson[slot++] = person;
            }

            person++;
        }

        return (slotPerson, duplicated);
    }

    /// <summary>Fisher–Yates (Knuth, TAOCP vol. 2, Algorithm P).</summary>
    private static void Shuffle<T>(T[] items, ref SeededRandom random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A record id: a letter and at least seven digits, a0000001. Ids carry no truth: lists are shuffled.</summary>
    private static string Id(char prefix, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{index + 1:D7}");

    private static string KindName(HardNegativeKind kind) => kind == HardNegativeKind.Sibling ? "sibling" : "namesake";

    private static StreamWriter OpenWriter(string path) =>
        new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);

    private static void RequireFraction(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and 1.");
        }
    }
}
