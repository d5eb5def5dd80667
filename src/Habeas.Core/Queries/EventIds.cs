using System.Globalization;

namespace Habeas.Core.Queries;

/// <summary>Event ids: the source's own, or the registry's <c>HE-{sequence}</c> when it gave none.</summary>
public static class EventIds
{
    public const string AssignedPrefix = "HE-";

    public static string Assigned(long sequence) => AssignedPrefix + sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an id the registry assigned (<c>HE-{sequence}</c>) back into its sequence.</summary>
    public static bool TryParseAssigned(string id, out long sequence)
    {
        ArgumentNullException.ThrowIfNull(id);
        sequence = 0;
        return id.StartsWith(AssignedPrefix, StringComparison.Ordinal) &&
               long.TryParse(id.AsSpan(AssignedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
