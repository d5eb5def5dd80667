using System.Text.Json;

namespace Habeas.Core.Notifications;

/// <summary>A notification's one-line title (a feed entry's, an e-mail's subject), for an event's or an obligation's.</summary>
internal static class NotificationText
{
    public static string Title(JsonElement notification)
    {
        var followed = notification.TryGetProperty("followed", out var f) ? $"{f.GetProperty("kind").GetString()} {f.GetProperty("id").GetString()}" : null;
        if (notification.TryGetProperty("event", out var e))
        {
            return $"{e.GetProperty("type").GetString()}: {followed}";
        }

        if (notification.TryGetProperty("obligation", out var o))
        {
            return $"obligation {o.GetProperty("status").GetString()}: {o.GetProperty("action").GetString()} for {o.GetProperty("person").GetString()} " +
                   $"({(o.GetProperty("order").GetString() is { } order ? "order " + order : "remedy")}{(o.GetProperty("due").GetString() is { } due ? ", due " + due : string.Empty)})";
        }

        return "erased";
    }
}
