using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Habeas.Web;

/// <summary>
/// The cursor of every paged list of the API: <c>after</c> (the last sequence of the previous page, 0 for the first)
/// and <c>limit</c> (1 to 1,000, 100 when left out).
/// </summary>
internal static class PageParameters
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 1000;

    /// <returns>False, with a 400 problem naming both parameters, when either is out of range.</returns>
    public static bool TryRead(long? after, int? limit, out long start, out int size, out ProblemHttpResult? problem)
    {
        start = after ?? 0;
        size = limit ?? DefaultLimit;
        problem = size is < 1 or > MaxLimit || start < 0
            ? TypedResults.Problem(title: "Bad page", detail: $"limit: expected 1 to {MaxLimit}, after: a sequence (0 or more); got limit {size}, after {start}.",
                statusCode: StatusCodes.Status400BadRequest)
            : null;
        return problem is null;
    }
}
