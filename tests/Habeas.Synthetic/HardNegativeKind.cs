namespace Habeas.Synthetic;

/// <summary>Why two different persons look alike.</summary>
public enum HardNegativeKind
{
    /// <summary>Same two surnames and country, other given names, consecutive A-numbers, born a few years apart.</summary>
    Sibling,

    /// <summary>Same full name and birth date, another A-number.</summary>
    Namesake,
}
