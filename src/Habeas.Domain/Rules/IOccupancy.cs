namespace Habeas.Domain.Rules;

/// <summary>How many persons a facility held at an instant (valid time), as the registry's custody periods say.</summary>
public interface IOccupancy
{
    /// <summary>The population of <paramref name="facility"/> at <paramref name="at"/>, counting periods that begin at that instant.</summary>
    int PopulationAt(string facility, DateTimeOffset at);
}
