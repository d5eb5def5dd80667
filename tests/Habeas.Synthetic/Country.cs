namespace Habeas.Synthetic;

/// <summary>
/// A country of birth and nationality in every form a list may write it. <see cref="Weight"/> is its share of the
/// generated population, after the nationalities most often held in U.S. immigration detention.
/// </summary>
internal sealed record Country(
    string Alpha2, string Alpha3, string Name, string ListName, string OfficialName, string Demonym, Culture Culture, double Weight)
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("MX", "MEX", "Mexico", "MEXICO", "México", "Mexican", Culture.Spanish, 0.28),
        new("GT", "GTM", "Guatemala", "GUATEMALA", "República de Guatemala", "Guatemalan", Culture.Spanish, 0.13),
        new("HN", "HND", "Honduras", "HONDURAS", "República de Honduras", "Honduran", Culture.Spanish, 0.12),
        new("SV", "SLV", "El Salvador", "SALVADOR", "República de El Salvador", "Salvadoran", Culture.Spanish, 0.07),
        new("VE", "VEN", "Venezuela", "VENEZUELA", "República Bolivariana de Venezuela", "Venezuelan", Culture.Spanish, 0.06),
        new("CO", "COL", "Colombia", "COLOMBIA", "República de Colombia", "Colombian", Culture.Spanish, 0.05),
        new("NI", "NIC", "Nicaragua", "NICARAGUA", "República de Nicaragua", "Nicaraguan", Culture.Spanish, 0.03),
        new("CU", "CUB", "Cuba", "CUBA", "República de Cuba", "Cuban", Culture.Spanish, 0.04),
        new("EC", "ECU", "Ecuador", "ECUADOR", "República del Ecuador", "Ecuadorian", Culture.Spanish, 0.04),
        new("HT", "HTI", "Haiti", "HAITI", "Haïti", "Haitian", Culture.Haitian, 0.03),
        new("BR", "BRA", "Brazil", "BRAZIL", "Brasil", "Brazilian", Culture.Brazilian, 0.03),
        new("CN", "CHN", "China", "CHINA, PEOPLES REPUBLIC OF", "People's Republic of China", "Chinese", Culture.Chinese, 0.02),
        new("IN", "IND", "India", "INDIA", "Republic of India", "Indian", Culture.Indian, 0.04),
        new("EG", "EGY", "Egypt", "EGYPT", "Arab Republic of Egypt", "Egyptian", Culture.Arabic, 0.01),
        new("MR", "MRT", "Mauritania", "MAURITANIA", "Mauritanie", "Mauritanian", Culture.Arabic, 0.02),
        new("SY", "SYR", "Syria", "SYRIA", "Syrian Arab Republic", "Syrian", Culture.Arabic, 0.005),
        new("YE", "YEM", "Yemen", "YEMEN", "Republic of Yemen", "Yemeni", Culture.Arabic, 0.005),
    ];

    private static readonly double[] Cumulative = RunningTotals();

    public static Country Draw(ref SeededRandom random)
    {
        var x = random.NextDouble() * Cumulative[^1];
        for (var i = 0; i < Cumulative.Length; i++)
        {
            if (x < Cumulative[i])
            {
                return All[i];
            }
        }

        return All[^1];
    }

    /// <summary>Another country whose people are named the same way (a namesake from a neighbouring country), or this one.</summary>
    public Country Neighbour(ref SeededRandom random)
    {
        var culture = Culture;
        var same = All.Where(c => c.Culture == culture && c != this).ToArray();
        return same.Length == 0 ? this : same[random.Next(same.Length)];
    }

    private static double[] RunningTotals()
    {
        var totals = new double[All.Count];
        var sum = 0.0;
        for (var i = 0; i < totals.Length; i++)
        {
            sum += All[i].Weight;
            totals[i] = sum;
        }

        return totals;
    }
}
