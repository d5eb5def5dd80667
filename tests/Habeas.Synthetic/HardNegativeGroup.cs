namespace Habeas.Synthetic;

/// <summary>Persons <see cref="Start"/> to <see cref="Start"/> + <see cref="Count"/> − 1 of the population look alike.</summary>
internal readonly record struct HardNegativeGroup(int Start, int Count, HardNegativeKind Kind);
