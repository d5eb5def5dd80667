using System.Collections.Frozen;

namespace Habeas.Matching.Normalisation;

/// <summary>
/// Nicknames, spelling and transliteration variants of name tokens mapped to one canonical form, so that
/// "PANCHO" and "FRANCISCO", "YESSENIA" and "YESENIA", "MUHAMMAD" and "MOHAMMED", "CHANG" and "ZHANG" compare as
/// the same name. Covers Spanish, English, Portuguese, Haitian Creole and French given names, Arabic given names
/// (including the joined "Abd al-" names) and Chinese surnames in pinyin, Wade–Giles, Cantonese and Hokkien.
/// Invariant: <see cref="Canonical"/> is idempotent, and a canonical form is never another entry's variant.
/// </summary>
public static class NameVariants
{
    private static readonly FrozenDictionary<string, string> Table = Build();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> GivenSet = BuildGivenSet();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenSpanLookup =
        GivenSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every variant with its canonical form (canonical forms included, mapped to themselves).</summary>
    public static IReadOnlyDictionary<string, string> Entries => Table;

    /// <summary>
    /// The canonical form of a normalised token (upper case, folded, as <see cref="NameTokens.Of"/> gives it); the
    /// token itself when the table does not know it. Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static string Canonical(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Table.TryGetValue(token, out var canonical) ? canonical : token;
    }

    /// <summary>
    /// The canonical forms of a name's tokens, joining the Arabic compounds that sources split into several tokens:
    /// "ABD AL RAHMAN", "ABDUL RAHMAN" and "ABDELRAHMAN" all give the one token ABDELRAHMAN, "ABU BAKR" gives
    /// ABUBAKR. Order is kept.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is null.</exception>
    public static IReadOnlyList<string> Canonicalise(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new List<string>(tokens.Count);
        Span<char> joined = stackalloc char[64];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Only "ABD…" and "ABU/ABOU" heads start a compound; the test keeps the common path to one comparison.
            if (token.Length <= 6 && token.StartsWith("AB", StringComparison.Ordinal))
            {
                var taken = TryJoin(tokens, i, 3, joined, out var compound) ? 3 : TryJoin(tokens, i, 2, joined, out compound) ? 2 : 0;
                if (taken > 0)
                {
                    result.Add(compound!);
                    i += taken - 1;
                    continue;
                }
            }

            result.Add(Canonical(token));
        }

        return result;
    }

    /// <summary>
    /// Whether a token is a known given name (any spelling in the table's given-name groups, or one of the common
    /// given names of this domain's lists). <see cref="PersonName.Parse"/> uses it to place the middle word of a
    /// three-word name.
    /// </summary>
    public static bool IsKnownGivenName(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return GivenSet.Contains(token);
    }

    /// <summary>As <see cref="IsKnownGivenName(string)"/>, for a token still in the scanner's buffer.</summary>
    internal static bool IsKnownGivenName(ReadOnlySpan<char> token) => GivenSpanLookup.Contains(token);

    private static bool TryJoin(IReadOnlyList<string> tokens, int start, int count, Span<char> buffer, out string? compound)
    {
        compound = null;
        if (start + count > tokens.Count)
        {
            return false;
        }

        var length = 0;
        for (var k = start; k < start + count; k++)
        {
            var part = tokens[k];
            if (length + part.Length > buffer.Length)
            {
                return false;
            }

            part.CopyTo(buffer[length..]);
            length += part.Length;
        }

        return SpanLookup.TryGetValue(buffer[..length], out compound);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in NameVariantTable.GivenNames)
        {
            AddGroup(table, group);
        }

        foreach (var group in NameVariantTable.Surnames)
        {
            AddGroup(table, group);
        }

        foreach (var group in NameVariantTable.AbdRoots)
        {
            var roots = group.Split(' ');
            var canonical = "ABDEL" + roots[0];
            foreach (var root in roots)
            {
                foreach (var prefix in NameVariantTable.AbdPrefixes)
                {
                    Add(table, prefix + root, canonical);
                }

                if (NameVariantTable.SunLetters.Contains(root[0], StringComparison.Ordinal))
                {
                    foreach (var prefix in NameVariantTable.AbdSunPrefixes)
                    {
                        Add(table, prefix + root[0] + root, canonical);
                    }
                }
            }
        }

        // A canonical form must not itself be another group's variant, or Canonical would not be idempotent.
        foreach (var (variant, canonical) in table)
        {
            if (table.TryGetValue(canonical, out var further) && further != canonical)
            {
                throw new InvalidOperationException($"Name variant table: '{variant}' maps to '{canonical}', which maps on to '{further}'.");
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddGroup(Dictionary<string, string> table, string group)
    {
        var tokens = group.Split(' ');
        foreach (var token in tokens)
        {
            Add(table, token, tokens[0]);
        }
    }

    private static void Add(Dictionary<string, string> table, string variant, string canonical)
    {
        // The same spelling twice for one name is harmless (ABDUL+LATIF and ABDU+L+LATIF); for two names it is a
        // data error that would make the result depend on the order of the table.
        if (table.TryGetValue(variant, out var existing) && existing != canonical)
        {
            throw new InvalidOperationException($"Name variant table: '{variant}' is listed for both '{existing}' and '{canonical}'.");
        }

        table[variant] = canonical;
    }

    private static FrozenSet<string> BuildGivenSet()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in NameVariantTable.GivenNames)
        {
            names.UnionWith(group.Split(' '));
        }

        names.UnionWith(CommonGivenNames.All);
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
