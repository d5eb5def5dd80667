namespace Habeas.Core.Identity;

/// <summary>Which column of a person list holds which field, and which further columns are compared as text.</summary>
/// <param name="Header">The list's header as written.</param>
/// <param name="Fields">Field (<see cref="PersonListReader.Fields"/>) to column position.</param>
/// <param name="TextColumns">Positions of the further columns compared as text, in the order of the linker's text fields.</param>
public sealed record PersonListLayout(IReadOnlyList<string> Header, IReadOnlyDictionary<string, int> Fields, IReadOnlyList<int> TextColumns)
{
    /// <summary>Field to column name, for showing the mapping a user can check.</summary>
    public IReadOnlyDictionary<string, string> Mapping => Fields.ToDictionary(f => f.Key, f => Header[f.Value], StringComparer.Ordinal);
}
