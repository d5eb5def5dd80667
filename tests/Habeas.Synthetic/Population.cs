namespace Habeas.Synthetic;

/// <summary>
/// The persons behind the lists, built in one pass from one stream of the seed: first the sibling groups, then the
/// namesake pairs, then everyone else. Lists never show this order (they are shuffled), so building the hard
/// negatives side by side leaks nothing.
/// </summary>
internal sealed class Population
{
    /// <summary>Ages are counted back from this date, not from today, so that a seed gives the same birth dates every year.</summary>
    public static readonly DateOnly ReferenceDate = new(2025, 7, 1);

    private readonly HashSet<int> _aNumbers;

    private Population(Person[] persons, List<HardNegativeGroup> groups, HashSet<int> aNumbers)
    {
        Persons = persons;
        Groups = groups;
        _aNumbers = aNumbers;
    }

    public Person[] Persons { get; }

    public IReadOnlyList<HardNegativeGroup> Groups { get; }

    public int Count => Persons.Length;

    public static Population Build(long seed, int count, double siblingFraction, double namesakeFraction)
    {
        var random = SeededRandom.For(seed, SeededRandom.Stream.Population, 0);
        var persons = new Person[count];
        var groups = new List<HardNegativeGroup>();
        var population = new Population(persons, groups, new HashSet<int>(count));

        var siblings = (int)Math.Round(count * siblingFraction);
        var namesakes = (int)Math.Round(count * namesakeFraction);
        var next = 0;
        while (next + 2 <= Math.Min(siblings, count))
        {
            var size = next + 3 <= siblings && random.Chance(0.3) ? 3 : 2;
            population.AddSiblings(next, size, groups.Count, ref random);
            groups.Add(new HardNegativeGroup(next, size, HardNegativeKind.Sibling));
            next += size;
        }

        var namesakesEnd = Math.Min(count, next + namesakes);
        while (next + 2 <= namesakesEnd)
        {
            population.AddNamesakes(next, groups.Count, ref random);
            groups.Add(new HardNegativeGroup(next, 2, HardNegativeKind.Namesake));
            next += 2;
        }

        for (; next < count; next++)
        {
            persons[next] = population.NewPerson(next, -1, ref random);
        }

        // Uniqueness is only needed while drawing; the set is as large as the population.
        population._aNumbers.Clear();
        population._aNumbers.TrimExcess();
        return population;
    }

    private Person NewPerson(int index, int group, ref SeededRandom random)
    {
        var country = Country.Draw(ref random);
        var sex = random.Chance(0.78) ? Sex.Male : Sex.Female;
        // About a quarter of people write their own name without accents; the rest as their civil registry does.
        var folded = random.Chance(0.25);
        var given = NameBook.Given(country, sex, ref random, folded);
        var dob = DrawBirthDate(ref random);
        return new Person
        {
            Index = index,
            Given = given,
            Surnames = NameBook.Surnames(country, sex, given, ref random, folded),
            Sex = sex,
            DateOfBirth = dob,
            Country = country,
            ANumber = DrawANumbers(1, dob, ref random),
            Group = group,
        };
    }

    private void AddSiblings(int start, int size, int group, ref SeededRandom random)
    {
        // Siblings are the trap only where two surnames are shared, so the family is Spanish-speaking.
        Person first;
        do
        {
            first = NewPerson(start, group, ref random);
        }
        while (first.Culture != Culture.Spanish || first.Surnames.Length != 2);

        var aNumber = DrawANumbers(size, first.DateOfBirth, ref random);
        var folded = first.Surnames[0] == Diacritics.Fold(first.Surnames[0]) && first.Given[0] == Diacritics.Fold(first.Given[0]);
        Persons[start] = WithANumber(first, aNumber);
        var dob = first.DateOfBirth;
        for (var k = 1; k < size; k++)
        {
            var sex = random.Chance(0.6) ? Sex.Male : Sex.Female;
            string[] given;
            do
            {
                given = NameBook.Given(first.Country, sex, ref random, folded);
            }
            while (SharesGivenName(given, start, k));

            dob = dob.AddDays(365 + random.Next(5 * 365));
            if (dob > ReferenceDate.AddYears(-16))
            {
                dob = first.DateOfBirth.AddDays(-365 - random.Next(5 * 365));
            }

            Persons[start + k] = new Person
            {
                Index = start + k,
                Given = given,
                Surnames = first.Surnames,
                Sex = sex,
                DateOfBirth = dob,
                Country = first.Country,
                ANumber = aNumber + k,
                Group = group,
            };
        }
    }

    private bool SharesGivenName(string[] given, int start, int count)
    {
        for (var j = 0; j < count; j++)
        {
            if (Persons[start + j].Given[0] == given[0])
            {
                return true;
            }
        }

        return false;
    }

    private void AddNamesakes(int start, int group, ref SeededRandom random)
    {
        var first = NewPerson(start, group, ref random);
        Persons[start] = first;
        Persons[start + 1] = new Person
        {
            Index = start + 1,
            Given = first.Given,
            Surnames = first.Surnames,
            Sex = first.Sex,
            DateOfBirth = first.DateOfBirth,
            Country = random.Chance(0.5) ? first.Country : first.Country.Neighbour(ref random),
            ANumber = DrawANumbers(1, first.DateOfBirth, ref random),
            Group = group,
        };
    }

    private static Person WithANumber(Person person, int aNumber) => new()
    {
        Index = person.Index,
        Given = person.Given,
        Surnames = person.Surnames,
        Sex = person.Sex,
        DateOfBirth = person.DateOfBirth,
        Country = person.Country,
        ANumber = aNumber,
        Group = person.Group,
    };

    /// <summary>Ages 18 to 70, most near 27: a triangular draw, the shape of the detained population.</summary>
    private static DateOnly DrawBirthDate(ref SeededRandom random)
    {
        const double Low = 18, Mode = 27, High = 70;
        var u = random.NextDouble();
        var split = (Mode - Low) / (High - Low);
        var age = u < split
            ? Low + Math.Sqrt(u * (High - Low) * (Mode - Low))
            : High - Math.Sqrt((1 - u) * (High - Low) * (High - Mode));
        return ReferenceDate.AddDays(-(int)(age * 365.25));
    }

    /// <summary>
    /// The first of <paramref name="run"/> consecutive unused A-numbers. Nine digits (200,000,000 and up, as issued
    /// since the 2000s) for most; eight digits for a third of those born before 1980, whose numbers are older.
    /// </summary>
    private int DrawANumbers(int run, DateOnly dob, ref SeededRandom random)
    {
        var eightDigits = random.Chance(dob.Year < 1980 ? 0.35 : 0.05);
        while (true)
        {
            var candidate = eightDigits ? random.Next(10_000_000, 99_999_990) : random.Next(200_000_000, 249_999_990);
            var free = true;
            for (var k = 0; k < run && free; k++)
            {
                free = !_aNumbers.Contains(candidate + k);
            }

            if (free)
            {
                for (var k = 0; k < run; k++)
                {
                    _aNumbers.Add(candidate + k);
                }

                return candidate;
            }
        }
    }
}
