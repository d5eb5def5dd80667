using System.Buffers.Text;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace Habeas.Web;

/// <summary>
/// Cursor pages of a computed list (the audit's findings, the obligations board) in the list's own order. The cursor is
/// the last item's sort key, not a position, so a page asked for after the registry changed starts exactly after the
/// last item seen, even when that item has gone. The body keeps the list's usual shape; the next page's address is in a
/// <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288), absent on the last page.
/// </summary>
internal static class KeysetPages
{
    /// <summary>Without <paramref name="after"/> and <paramref name="limit"/>, the whole list (as the command gives it).</summary>
    /// <returns>False, with a 400 problem, for a limit out of range or a cursor this server did not make.</returns>
    public static bool TryPage<T>(
        HttpContext http, IReadOnlyList<T> items, Func<T, string> key, string? after, int? limit, out IReadOnlyList<T> page, out ProblemHttpResult? problem)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(key);
        (page, problem) = (items, null);
        if (after is null && limit is null)
        {
            return true;
        }

        var size = limit ?? PageParameters.DefaultLimit;
        string? afterKey = null;
        try
        {
            afterKey = after is null ? null : Encoding.UTF8.GetString(Base64Url.DecodeFromChars(after)) is var text && text.StartsWith(Mark, StringComparison.Ordinal)
                ? text[Mark.Length..]
                : null;
        }
        catch (FormatException)
        {
            afterKey = null;
        }

        if (size is < 1 or > PageParameters.MaxLimit || (after is not null && afterKey is null))
        {
            problem = TypedResults.Problem(title: "Bad page",
                detail: $"limit: expected 1 to {PageParameters.MaxLimit}; after: expected the cursor of a previous page's Link header; got limit {size}, after \"{after}\".",
                statusCode: StatusCodes.Status400BadRequest);
            return false;
        }

        var rest = items.Select(i => (Key: key(i), Item: i))
            .Where(x => afterKey is null || string.CompareOrdinal(x.Key, afterKey) > 0)
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .Take(size + 1)
            .ToArray();
        page = rest.Take(size).Select(x => x.Item).ToArray();
        if (rest.Length > size)
        {
            var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Mark + rest[size - 1].Key));
            var query = http.Request.Query.Where(q => q.Key is not ("after" or "limit"))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("limit", size.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Append(new("after", cursor));
            http.Response.Headers.Link = $"<{QueryHelpers.AddQueryString(http.Request.Path.Value!, query)}>; rel=\"next\"";
        }

        return true;
    }

    /// <summary>What every cursor of this server begins with: any other text is not a cursor (and says so).</summary>
    private const string Mark = "habeas-page-1\u0001";

    /// <summary>Parts of a sort key, joined so that ordinal order of the key is the order of the parts ("A" before "AB").</summary>
    public static string Key(params string?[] parts) => string.Join('\u0001', parts);
}
