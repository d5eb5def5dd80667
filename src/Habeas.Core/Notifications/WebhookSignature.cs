using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Habeas.Core.Notifications;

/// <summary>
/// How a webhook is signed, so that a receiver can tell it came from this registry and was not replayed later:
/// <c>Habeas-Signature: sha256=HEX</c>, the HMAC-SHA256 under the follow's secret of <c>{Habeas-Timestamp}.{body}</c>
/// (Unix seconds, then the body's bytes). A receiver recomputes it, compares in constant time, and refuses a
/// timestamp far from its clock.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "Habeas-Signature";
    public const string TimestampHeader = "Habeas-Timestamp";
    public const string NotificationHeader = "Habeas-Notification";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var message = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>Whether <paramref name="signature"/> is this body's under <paramref name="secret"/> (constant time).</summary>
    public static bool Verify(string secret, long timestamp, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));

    /// <summary>A new secret: 32 random bytes, base64url.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
