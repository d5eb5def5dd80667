namespace Habeas.Domain.Values;

/// <summary>The registry id of a person (`P-17`). Any non-blank string chosen by the importer or assigned by the registry, unique within its kind.</summary>
public readonly record struct PersonId
{
    /// <summary>The id as written.</summary>
    public string Value { get; }

    /// <exception cref="ArgumentException">The id is blank or has leading or trailing spaces.</exception>
    public PersonId(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"A person id must be a non-blank string without surrounding spaces, got '{value}'.", nameof(value));
        }

        Value = value;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
