using Habeas.Synthetic.Names;

namespace Habeas.Synthetic;

/// <summary>Draws a name as each culture builds one, from the embedded lists.</summary>
internal static class NameBook
{
    // Exponents and offsets of the Zipf–Mandelbrot draw: surnames with offset 3 give the six commonest Spanish
    // surnames about a fifth of all draws, near their share in Mexico and Central America.
    private static readonly RankedNames SpanishSurnames = new(SpanishNames.Surnames, 1.0, 3);
    private static readonly RankedNames MayanSurnames = new(SpanishNames.MayanSurnames, 1.0, 2);
    private static readonly RankedNames SpanishMale = new(SpanishNames.MaleGiven, 1.0, 2);
    private static readonly RankedNames SpanishFemale = new(SpanishNames.FemaleGiven, 1.0, 2);
    private static readonly RankedNames BrazilianSurnames = new(BrazilianNames.Surnames, 1.0, 2);
    private static readonly RankedNames BrazilianMale = new(BrazilianNames.MaleGiven, 1.0, 2);
    private static readonly RankedNames BrazilianFemale = new(BrazilianNames.FemaleGiven, 1.0, 2);
    private static readonly RankedNames HaitianSurnames = new(HaitianNames.Surnames, 0.9, 2);
    private static readonly RankedNames HaitianMale = new(HaitianNames.MaleGiven, 0.9, 2);
    private static readonly RankedNames HaitianFemale = new(HaitianNames.FemaleGiven, 0.9, 2);
    private static readonly RankedNames ChineseSurnames = new(ChineseNames.Surnames, 1.0, 1);
    private static readonly RankedNames ChineseMale = new(ChineseNames.MaleGiven, 0.8, 2);
    private static readonly RankedNames ChineseFemale = new(ChineseNames.FemaleGiven, 0.8, 2);
    private static readonly RankedNames IndianSurnames = new(IndianNames.Surnames, 1.0, 2);
    private static readonly RankedNames IndianMale = new(IndianNames.MaleGiven, 0.9, 2);
    private static readonly RankedNames IndianFemale = new(IndianNames.FemaleGiven, 0.9, 2);
    private static readonly RankedNames ArabicFamily = new(ArabicNames.FamilyNames, 0.9, 2);
    private static readonly RankedNames ArabicMale = new(ArabicNames.MaleGiven, 1.0, 1);
    private static readonly RankedNames ArabicFemale = new(ArabicNames.FemaleGiven, 1.0, 2);

    private static readonly RankedNames[] Everything =
    [
        SpanishSurnames, MayanSurnames, SpanishMale, SpanishFemale, BrazilianSurnames, BrazilianMale, BrazilianFemale,
        HaitianSurnames, HaitianMale, HaitianFemale, ChineseSurnames, ChineseMale, ChineseFemale,
        IndianSurnames, IndianMale, IndianFemale, ArabicFamily, ArabicMale, ArabicFemale,
    ];

    /// <summary>Unaccented name → its accented form, for putting an accent back where a list would.</summary>
    public static readonly IReadOnlyDictionary<string, string> Accented = BuildAccented();

    /// <summary>Given names for a person of this culture and sex; <paramref name="folded"/> writes them without accents.</summary>
    public static string[] Given(Country country, Sex sex, ref SeededRandom random, bool folded)
    {
        var male = sex == Sex.Male;
        switch (country.Culture)
        {
            case Culture.Spanish:
                return TwoDistinct(male ? SpanishMale : SpanishFemale, 0.55, ref random, folded);
            case Culture.Brazilian:
                return TwoDistinct(male ? BrazilianMale : BrazilianFemale, 0.4, ref random, folded);
            case Culture.Haitian:
                return TwoDistinct(male ? HaitianMale : HaitianFemale, 0.3, ref random, folded);
            case Culture.Chinese:
                return [(male ? ChineseMale : ChineseFemale).DrawName(ref random, folded)];
            case Culture.Indian:
                var indian = (male ? IndianMale : IndianFemale).DrawName(ref random, folded);
                return male && random.Chance(0.2) ? [indian, "Kumar"] : [indian];
            default:
                // Given name and father's name; the father's is another man's name.
                var own = (male ? ArabicMale : ArabicFemale).DrawName(ref random, folded);
                var father = ArabicMale.DrawName(ref random, folded);
                while (father == own)
                {
                    father = ArabicMale.DrawName(ref random, folded);
                }

                return [own, father];
        }
    }

    public static string[] Surnames(Country country, Sex sex, string[] given, ref SeededRandom random, bool folded)
    {
        switch (country.Culture)
        {
            case Culture.Spanish:
                // About one in twenty Spanish-speaking people is recorded with a single surname (father unknown).
                var mayan = country.Alpha2 == "GT" ? 0.25 : 0.0;
                var paternal = SpanishSurname(mayan, ref random, folded);
                return random.Chance(0.05) ? [paternal] : [paternal, SpanishSurname(mayan, ref random, folded)];
            case Culture.Brazilian:
                var maternal = BrazilianSurnames.DrawName(ref random, folded);
                if (random.Chance(0.3))
                {
                    return [maternal];
                }

                var paternalBr = BrazilianSurnames.DrawName(ref random, folded);
                return paternalBr == maternal ? [maternal] : [maternal, paternalBr];
            case Culture.Haitian:
                return [HaitianSurnames.DrawName(ref random, folded)];
            case Culture.Chinese:
                return [ChineseSurnames.DrawName(ref random, folded)];
            case Culture.Indian:
                var surname = IndianSurnames.DrawName(ref random, folded);
                var sikh = given[0].EndsWith("preet", StringComparison.Ordinal) || given[0].EndsWith("deep", StringComparison.Ordinal)
                    || given[0].EndsWith("winder", StringComparison.Ordinal) || given[0].EndsWith("jeet", StringComparison.Ordinal);
                if (sikh && random.Chance(0.7))
                {
                    surname = "Singh";
                }

                return [sex == Sex.Female && surname == "Singh" ? "Kaur" : surname];
            default:
                return [ArabicFamily.DrawName(ref random, folded)];
        }
    }

    private static string SpanishSurname(double mayan, ref SeededRandom random, bool folded) =>
        mayan > 0 && random.Chance(mayan) ? MayanSurnames.DrawName(ref random, folded) : SpanishSurnames.DrawName(ref random, folded);

    private static string[] TwoDistinct(RankedNames names, double second, ref SeededRandom random, bool folded)
    {
        var first = names.DrawName(ref random, folded);
        if (!random.Chance(second))
        {
            return [first];
        }

        var other = names.DrawName(ref random, folded);
        while (other == first)
        {
            other = names.DrawName(ref random, folded);
        }

        return [first, other];
    }

    private static Dictionary<string, string> BuildAccented()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in Everything)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (!ReferenceEquals(names[i], names.Folded(i)))
                {
                    map.TryAdd(names.Folded(i), names[i]);
                }
            }
        }

        return map;
    }
}
