namespace Habeas.Domain.Values;

/// <summary>The id of a transfer request. Any non-blank string chosen by the importer or assigned by the registry, unique within its kind.</summary>
public readonly record struct RequestId
{
    /// <summary>The id as written.</summary>
    public string Value { get; }

    /// <exception cref="ArgumentException">The id is blank or has leading or trailing spaces.</exception>
    public RequestId(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"A request id must be a non-blank string without surrounding spaces, got '{value}'.", nameof(value));
        }

        Value = value;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
