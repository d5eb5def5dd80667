using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Habeas.Web;

/// <summary>
/// The headers every answer carries (issue #8, hardening): no script but the site's own, no framing (a case file inside
/// another site's page is a phishing kit), no type sniffing, no referrer (the locator's query names a person, and must
/// not travel to another site in a Referer header). HSTS is added by the host when it serves HTTPS.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The pages' policy: everything from this site only; images may also be data: URLs; nothing inline.</summary>
    internal const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference (Scalar) is a script application with inline configuration: the one place inline script and
    /// styles are allowed, still from this site only and never framed.
    /// </summary>
    internal const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs/api", StringComparison.Ordinal) ? ReferencePolicy : PagePolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            await next(context);
        });
}
