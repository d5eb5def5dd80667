namespace Habeas.Domain.Tests.Rules;

/// <summary>The facilities and the person most rule tests share, as v1 JSON Lines.</summary>
internal static class Setting
{
    /// <summary>Two U.S. facilities, a U.S. jail and a prison in El Salvador.</summary>
    public const string Facilities = """
        {"type":"facility.registered","facility":"F-TX-1","name":"Processing Center One","country":"US","authority":"US-ICE","capacity":3,"kind":"detention"}
        {"type":"facility.registered","facility":"F-LA-1","name":"Staging Facility","country":"US","authority":"US-ICE","capacity":400,"kind":"holding"}
        {"type":"facility.registered","facility":"F-JAIL","name":"County Jail","country":"US","authority":"US-COUNTY","capacity":50,"kind":"jail"}
        {"type":"facility.registered","facility":"F-SV-1","name":"Centro Penal de Ejemplo","country":"SV","authority":"SV-PRISONS","capacity":40000,"kind":"prison"}
        """;

    /// <summary>P-1: a Salvadoran adult who speaks Spanish, held in F-TX-1 from 1 March 2025.</summary>
    public const string Person = """
        {"type":"person.recorded","id":"E-REC","person":"P-1","given":"Marta","surnames":["Ruiz"],"dob":"1990-02-14","birth_country":"SV","nationalities":["SV"],"languages":["es"]}
        {"type":"custody.began","id":"E-BEGAN","person":"P-1","facility":"F-TX-1","authority":"US-ICE","basis":"civil_immigration","occurred_at":"2025-03-01T15:00:00Z"}
        """;

    /// <summary>A final removal order naming SV for P-1, issued in 2024.</summary>
    public const string OrderToSv = """
        {"type":"instrument.recorded","id":"E-FRO","instrument":"I-FRO","person":"P-1","kind":"final_removal_order","countries":["SV"],"issuer":"Immigration Court","case":"A-100","issued_at":"2024-05-02","occurred_at":"2024-05-02"}
        """;

    public static CaseBuilder Case(params string[] more)
    {
        var builder = CaseBuilder.From(Facilities).Add(Person);
        foreach (var lines in more)
        {
            builder.Add(lines);
        }

        return builder;
    }
}
