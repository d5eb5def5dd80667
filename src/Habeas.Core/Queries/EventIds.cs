using System.Globalization;

namespace Habeas.Core.Queries;

/// <summary>Event ids: the source's own, or the registry's <c>HE-{sequence}</c> when it gave none.</summary>
public static class EventIds
{
    public static string Assigned(long sequence) => "HE-" + sequence.ToString(CultureInfo.InvariantCulture);
}
