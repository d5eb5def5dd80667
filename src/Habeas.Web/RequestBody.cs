using Microsoft.AspNetCore.Http;

namespace Habeas.Web;

/// <summary>An uploaded body copied as it arrives, refused past a size (a Content-Length may be absent or wrong).</summary>
internal static class RequestBody
{
    /// <returns>False when the body is larger than <paramref name="max"/> bytes (what was copied is then incomplete).</returns>
    public static async Task<bool> CopyAsync(HttpRequest request, Stream target, long max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        if (request.ContentLength > max)
        {
            return false;
        }

        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            copied += read;
            if (copied > max)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return true;
    }
}
