using System.Collections.Frozen;

namespace Habeas.Domain.Values;

/// <summary>
/// A country as an officially assigned ISO 3166-1 alpha-2 code (<c>US</c>, <c>SV</c>, <c>VE</c>).
/// Invariant: <see cref="Value"/> is one of the 249 officially assigned codes, upper case.
/// </summary>
public readonly record struct CountryCode
{
    private static readonly FrozenDictionary<string, Iso3166.Entry> ByAlpha2 =
        Iso3166.All.ToFrozenDictionary(e => e.Alpha2, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByOtherName = BuildOtherNames();

    /// <summary>The alpha-2 code.</summary>
    public string Value { get; }

    /// <exception cref="ArgumentException">The code is not an officially assigned alpha-2 code.</exception>
    public CountryCode(string value)
    {
        if (!TryParse(value, out var parsed))
        {
            throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-2 country code (such as US, SV, VE).", nameof(value));
        }

        Value = parsed.Value;
    }

    private CountryCode(string value, bool _) => Value = value;

    /// <summary>The U.S. (the registry's home jurisdiction in the 2025 cases).</summary>
    public static CountryCode UnitedStates { get; } = new("US", true);

    /// <summary>The short English name of the country.</summary>
    public string Name => ByAlpha2[Value].Name;

    /// <summary>The alpha-3 code.</summary>
    public string Alpha3 => ByAlpha2[Value].Alpha3;

    /// <summary>Accepts exactly an assigned alpha-2 code (the public data format's form).</summary>
    public static bool TryParse(string? value, out CountryCode code)
    {
        if (value is not null && ByAlpha2.TryGetValue(value, out var entry))
        {
            code = new CountryCode(entry.Alpha2, true);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>
    /// Accepts what tabular sources write: alpha-2, alpha-3 or a name, in any case ("SLV", "El Salvador", "sv").
    /// </summary>
    public static bool TryNormalise(string? value, out CountryCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        // Alternative names are stored composed (NFC) and upper case: "MÉXICO".
        var key = value.Trim().Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant();
        if (ByAlpha2.ContainsKey(key))
        {
            code = new CountryCode(key, true);
            return true;
        }

        if (ByOtherName.TryGetValue(key, out var alpha2))
        {
            code = new CountryCode(alpha2, true);
            return true;
        }

        return false;
    }

    /// <summary>All officially assigned codes.</summary>
    public static IEnumerable<CountryCode> All => Iso3166.All.Select(e => new CountryCode(e.Alpha2, true));

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    private static FrozenDictionary<string, string> BuildOtherNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Iso3166.All)
        {
            names[e.Alpha3] = e.Alpha2;
            names[e.Name.ToUpperInvariant()] = e.Alpha2;
        }

        foreach (var (name, alpha2) in Iso3166.AlternativeNames)
        {
            names[name] = alpha2;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
