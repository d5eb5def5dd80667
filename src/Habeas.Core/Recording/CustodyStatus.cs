namespace Habeas.Core.Recording;

/// <summary>What a custody period says about the person.</summary>
internal static class CustodyStatus
{
    /// <summary>Held at a facility, or by a country's authorities.</summary>
    public const string Held = "held";

    /// <summary>On a removal flight or bus, held by the removing authority.</summary>
    public const string InTransit = "in_transit";

    /// <summary>No custodian can say where the person is.</summary>
    public const string Unaccounted = "unaccounted";
}
