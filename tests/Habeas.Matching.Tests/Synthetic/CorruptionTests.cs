using Habeas.Synthetic;

namespace Habeas.Matching.Tests.Synthetic;

public sealed class CorruptionTests
{
    // List A clean, so that a B record can be compared with the truth its A record shows.
    private static readonly Lazy<LinkRun> AgainstCleanA = new(() => LinkRun.Generate(new GeneratorOptions
    {
        Seed = 21, RatesA = CorruptionRates.None, RatesB = CorruptionRates.Uniform(0.15),
    }));

    public static TheoryData<CorruptionKind> Kinds => [.. Enum.GetValues<CorruptionKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ListB_EachKind_OccursAtItsRate(CorruptionKind kind)
    {
        var run = LinkRun.Default;
        var tally = run.Report.CorruptionsB;
        var rate = CorruptionRates.ListB.Of(kind);

        var eligible = tally.Eligible(kind);
        var applied = tally.Applied(kind);

        Assert.True(applied > 0, $"{kind} never occurred");
        // Binomial: within four standard deviations of the configured rate.
        var tolerance = 4 * Math.Sqrt(rate * (1 - rate) / eligible) + 0.002;
        Assert.InRange(tally.ObservedRate(kind), rate - tolerance, rate + tolerance);
        Assert.Equal(applied, run.LogB.Values.Count(kinds => kinds.Contains(kind.ToString())));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ListA_EachKind_OccursAtItsRate(CorruptionKind kind)
    {
        var tally = LinkRun.Default.Report.CorruptionsA;
        var rate = CorruptionRates.ListA.Of(kind);

        var tolerance = 4 * Math.Sqrt(rate * (1 - rate) / tally.Eligible(kind)) + 0.002;

        Assert.InRange(tally.ObservedRate(kind), rate - tolerance, rate + tolerance);
    }

    [Fact]
    public void ListB_MissingFields_ExactlyTheLoggedRecords()
    {
        var run = LinkRun.Default;

        foreach (var row in run.B.Skip(1))
        {
            var kinds = run.LogB[row[0]];
            Assert.Equal(kinds.Contains(nameof(CorruptionKind.DobMissing)), row[3].Length == 0);
            Assert.Equal(kinds.Contains(nameof(CorruptionKind.DobYearOnly)), row[3].Length == 4);
            Assert.Equal(kinds.Contains(nameof(CorruptionKind.ANumberMissing)), row[4].Length == 0);
            Assert.Equal(kinds.Contains(nameof(CorruptionKind.CountryMissing)), row[5].Length == 0);
        }
    }

    [Fact]
    public void ListB_NameCorruptions_ShowInTheNames()
    {
        var run = LinkRun.Default;

        foreach (var row in run.B.Skip(1))
        {
            var kinds = run.LogB[row[0]];
            var swapped = kinds.Contains(nameof(CorruptionKind.NameOrderSwapped));
            var given = swapped ? row[2] : row[1];
            var surnames = swapped ? row[1] : row[2];
            if (kinds.Contains(nameof(CorruptionKind.SurnamesHyphenated)))
            {
                Assert.Contains('-', surnames);
            }

            if (kinds.Contains(nameof(CorruptionKind.MiddleNameInitial)))
            {
                Assert.Matches(@" \p{L}\.", given);
            }
        }
    }

    [Fact]
    public void ListB_AgainstCleanA_EachCorruptionChangesWhatItSays()
    {
        var run = AgainstCleanA.Value;
        var a = run.RowsA;
        var b = run.RowsB;
        var checkedKinds = new HashSet<string>();

        foreach (var link in run.Truth.Skip(1))
        {
            var truth = a[link[0]];
            var record = b[link[1]];
            var kinds = run.LogB[link[1]].ToHashSet();
            var (surnames, given) = Records.NameOfA(truth);
            var (surnamesB, givenB) = Records.NameOfB(record);
            if (kinds.SetEquals([nameof(CorruptionKind.NameOrderSwapped)]))
            {
                Assert.Equal((given, surnames), (surnamesB, givenB));
                checkedKinds.Add(nameof(CorruptionKind.NameOrderSwapped));
            }

            if (kinds.SetEquals([nameof(CorruptionKind.MaternalSurnameDropped)]))
            {
                Assert.Equal(given, givenB);
                Assert.True(surnames.StartsWith(surnamesB + " ", StringComparison.Ordinal) || surnames.EndsWith(" " + surnamesB, StringComparison.Ordinal), $"{surnames} / {surnamesB}");
                checkedKinds.Add(nameof(CorruptionKind.MaternalSurnameDropped));
            }

            if (kinds.SetEquals([nameof(CorruptionKind.Typo)]) || kinds.SetEquals([nameof(CorruptionKind.PhoneticMisspelling)]))
            {
                Assert.NotEqual((surnames, given), (surnamesB, givenB));
                Assert.InRange(Distance(surnames + "," + given, surnamesB + "," + givenB), 1, 2);
                checkedKinds.Add(kinds.Single());
            }

            if (kinds.SetEquals([nameof(CorruptionKind.DiacriticsRemoved)]))
            {
                Assert.NotEqual((surnames, given), (surnamesB, givenB));
                Assert.True(string.Concat(surnamesB, givenB).All(char.IsAscii));
                checkedKinds.Add(nameof(CorruptionKind.DiacriticsRemoved));
            }

            if (kinds.SetEquals([nameof(CorruptionKind.DobDayMonthSwapped)]))
            {
                var date = Records.DateOfA(truth)!.Value;
                Assert.Equal(new DateOnly(date.Year, date.Day, date.Month), Records.DateOfB(record));
                checkedKinds.Add(nameof(CorruptionKind.DobDayMonthSwapped));
            }

            if (kinds.SetEquals([nameof(CorruptionKind.DobOffByOne)]))
            {
                var shift = Records.DateOfB(record)!.Value.DayNumber - Records.DateOfA(truth)!.Value.DayNumber;
                Assert.Equal(1, Math.Abs(shift));
                checkedKinds.Add(nameof(CorruptionKind.DobOffByOne));
            }

            if (kinds.SetEquals([nameof(CorruptionKind.ANumberDigitTypo)]))
            {
                var (left, right) = (Records.ANumberOfA(truth), Records.ANumberOfB(record));
                Assert.Equal(left.Length, right.Length);
                Assert.Equal(1, left.Zip(right).Count(p => p.First != p.Second));
                checkedKinds.Add(nameof(CorruptionKind.ANumberDigitTypo));
            }

            if (kinds.SetEquals([nameof(CorruptionKind.ANumberTransposition)]))
            {
                var (left, right) = (Records.ANumberOfA(truth), Records.ANumberOfB(record));
                var differ = Enumerable.Range(0, left.Length).Where(i => left[i] != right[i]).ToList();
                Assert.Equal(2, differ.Count);
                Assert.Equal(differ[0] + 1, differ[1]);
                checkedKinds.Add(nameof(CorruptionKind.ANumberTransposition));
            }
        }

        Assert.Equal(9, checkedKinds.Count);
    }

    [Fact]
    public void ListB_NameVariants_IncludeNicknamesAndRomanisations()
    {
        var run = AgainstCleanA.Value;
        var a = run.RowsA;
        var b = run.RowsB;
        var pairs = run.Truth.Skip(1)
            .Where(l => run.LogB[l[1]].SequenceEqual([nameof(CorruptionKind.NameVariant)]))
            .Select(l => (Truth: Records.NameOfA(a[l[0]]), Record: Records.NameOfB(b[l[1]])))
            .ToList();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.NotEqual(p.Truth, p.Record));
        Assert.Contains(pairs, p => p.Record.Given.Contains('"', StringComparison.Ordinal));
    }

    /// <summary>Levenshtein distance; a Spanish misspelling may replace two letters by one (ll → y).</summary>
    private static int Distance(string s, string t)
    {
        var previous = Enumerable.Range(0, t.Length + 1).ToArray();
        for (var i = 1; i <= s.Length; i++)
        {
            var current = new int[t.Length + 1];
            current[0] = i;
            for (var j = 1; j <= t.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[t.Length];
    }
}
