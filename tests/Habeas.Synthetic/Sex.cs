namespace Habeas.Synthetic;

internal enum Sex : byte
{
    Male,
    Female,
}
