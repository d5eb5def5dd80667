namespace Habeas.Domain.Values;

/// <summary>
/// A person's name as a source recorded it: given names, the list of surnames (paternal and maternal kept
/// apart, as Latin American names have them) and aliases. At least one given name or surname is present.
/// </summary>
public sealed record PersonName
{
    /// <summary>The given names as one string ("Marta Elena"); empty when the source had none.</summary>
    public string Given { get; }

    /// <summary>Surnames in the order recorded (paternal first for Spanish names).</summary>
    public IReadOnlyList<string> Surnames { get; }

    /// <summary>Other names the person is known by.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <exception cref="ArgumentException">Neither a given name nor a surname is present, or a surname is blank.</exception>
    public PersonName(string? given, IReadOnlyList<string> surnames, IReadOnlyList<string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(surnames);
        if (surnames.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A surname may not be blank.", nameof(surnames));
        }

        Given = given?.Trim() ?? string.Empty;
        if (Given.Length == 0 && surnames.Count == 0)
        {
            throw new ArgumentException("A name needs a given name or a surname.", nameof(given));
        }

        Surnames = surnames.Select(s => s.Trim()).ToArray();
        Aliases = aliases?.ToArray() ?? [];
    }

    /// <summary>The name in natural order ("Marta Elena Ruiz Paredes").</summary>
    public string Display => string.Join(' ', new[] { Given }.Concat(Surnames).Where(s => s.Length > 0));

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null && Given == other.Given && Surnames.SequenceEqual(other.Surnames) && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Given, string.Join('\u0001', Surnames));
}
