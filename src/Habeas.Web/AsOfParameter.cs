using Habeas.Core.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Habeas.Web;

/// <summary>The <c>?as_of=</c> parameter of the API: absent (now), or a moment of valid time; anything else is a 400 problem.</summary>
internal static class AsOfParameter
{
    public static bool TryParse(string? text, out AsOf? asOf, out ProblemHttpResult? problem)
    {
        asOf = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        try
        {
            asOf = AsOf.Parse(text);
            return true;
        }
        catch (FormatException ex)
        {
            problem = TypedResults.Problem(title: "as_of is not a time", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
            return false;
        }
    }
}
