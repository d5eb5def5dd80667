using Habeas.Core.Queries;
using Habeas.Core.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Habeas.Web.Persons;

/// <summary>The persons group of the API: the case file, now or as of a moment (<c>?as_of=</c>).</summary>
internal static class PersonEndpoints
{
    public static RouteGroupBuilder MapPersons(this RouteGroupBuilder group)
    {
        group.MapGet("/{id}", GetCaseFile);
        return group;
    }

    private static async Task<Results<Ok<CaseFile>, ProblemHttpResult>> GetCaseFile(
        string id, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "as_of")] string? asOf, RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!AsOfParameter.TryParse(asOf, out var moment, out var problem))
        {
            return problem!;
        }

        var file = await new CaseFileQuery(db).GetAsync(id, moment, cancellationToken);
        return file is null
            ? TypedResults.Problem(title: "Person not found", detail: $"No person with id '{id}' is in the registry.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(file);
    }
}
