namespace Habeas.Synthetic;

/// <summary>Placeholder: the generator lands with issue #5.</summary>
public static class PersonListGenerator
{
}
