namespace Habeas.Domain.Events;

/// <summary>One thing wrong with one field of one event, worded for the person who must fix the file.</summary>
/// <param name="Field">The field's path (<c>birth_country</c>, <c>requires[0].due</c>).</param>
/// <param name="Expected">What the field must hold.</param>
/// <param name="Got">What it held, as JSON, or <c>nothing</c>.</param>
public sealed record FieldError(string Field, string Expected, string Got)
{
    /// <inheritdoc />
    public override string ToString() => $"field '{Field}': expected {Expected}, got {Got}";
}
