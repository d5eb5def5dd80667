namespace Habeas.Domain.Rules;

/// <summary>
/// Which person ids are one person. An <c>identity.merged</c> makes several ids one person (the survivor keeps
/// its id; the others become aliases of it); an <c>identity.split</c> undoes that. Events keep naming the id their
/// source used, so everything that reads facts by person asks this map which person an id belongs to now.
/// </summary>
public sealed class PersonIdentities
{
    /// <summary>No merges: every id is its own person.</summary>
    public static readonly PersonIdentities None = new(new Dictionary<string, string>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, string> _survivorOf;
    private readonly Dictionary<string, List<string>> _aliases = new(StringComparer.Ordinal);

    /// <param name="survivorOf">Each merged id and the id of the person it now belongs to (never a merged id itself).</param>
    public PersonIdentities(IReadOnlyDictionary<string, string> survivorOf)
    {
        ArgumentNullException.ThrowIfNull(survivorOf);
        _survivorOf = survivorOf;
        foreach (var (alias, survivor) in survivorOf.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (survivorOf.ContainsKey(survivor))
            {
                throw new ArgumentException($"Person {alias} is said to belong to {survivor}, which itself belongs to {survivorOf[survivor]}: give the last one.", nameof(survivorOf));
            }

            if (!_aliases.TryGetValue(survivor, out var list))
            {
                _aliases[survivor] = list = [];
            }

            list.Add(alias);
        }
    }

    /// <summary>True when no two ids are one person.</summary>
    public bool IsEmpty => _survivorOf.Count == 0;

    /// <summary>The id of the person <paramref name="id"/> belongs to now (itself unless it was merged into another).</summary>
    public string Canonical(string id) => _survivorOf.TryGetValue(id, out var survivor) ? survivor : id;

    /// <summary>Whether two ids are one person.</summary>
    public bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    /// <summary>The ids merged into the person <paramref name="survivor"/> (not itself), in id order.</summary>
    public IReadOnlyList<string> AliasesOf(string survivor) => _aliases.TryGetValue(survivor, out var list) ? list : [];

    /// <summary>Whether both maps say the same ids are one person (a cache built with one can serve the other).</summary>
    public bool SameAs(PersonIdentities other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _survivorOf.Count == other._survivorOf.Count &&
               _survivorOf.All(p => other._survivorOf.TryGetValue(p.Key, out var s) && string.Equals(s, p.Value, StringComparison.Ordinal));
    }

    /// <summary>Every id of the person <paramref name="id"/> belongs to: the survivor first, then its aliases.</summary>
    public IReadOnlyList<string> AllIdsOf(string id)
    {
        var survivor = Canonical(id);
        return [survivor, .. AliasesOf(survivor)];
    }
}
