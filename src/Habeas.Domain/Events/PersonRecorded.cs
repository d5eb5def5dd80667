using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// A source's record of a person. Recording the same person again adds a record (a new source's assertion);
/// without <see cref="Person"/>, the registry decides who it is.
/// </summary>
public sealed record PersonRecorded : RegistryEvent
{
    public const string TypeName = "person.recorded";

    public override string Type => TypeName;

    public PersonId? Person { get; init; }

    public required PersonName Name { get; init; }

    public TimeValue? Dob { get; init; }

    public Sex? Sex { get; init; }

    public CountryCode? BirthCountry { get; init; }

    public IReadOnlyList<CountryCode> Nationalities { get; init; } = [];

    /// <summary>BCP 47 language tags (<c>es</c>, <c>quc</c>).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public ANumber? ANumber { get; init; }

    /// <summary>Every identifier the source gave (<c>a_number</c> as written, <c>passport</c>, <c>fbi</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();

    public override PersonId? Subject => Person;

    internal static PersonRecorded Read(FieldReader r)
    {
        var given = r.Text("given");
        var surnames = r.Texts("surnames");
        PersonName name;
        if (string.IsNullOrWhiteSpace(given) && surnames.Count == 0)
        {
            r.Fail("given", "a given name or at least one surname");
            name = new PersonName("?", []);
        }
        else if (surnames.Any(string.IsNullOrWhiteSpace))
        {
            r.Fail("surnames", "non-blank surnames", r.Raw("surnames"));
            name = new PersonName("?", []);
        }
        else
        {
            name = new PersonName(given, surnames, r.Texts("aliases"));
        }

        var identifiers = r.Object("ids", ReadIdentifiers) ?? new Dictionary<string, string>();
        ANumber? aNumber = null;
        if (identifiers.TryGetValue("a_number", out var a) && !Values.ANumber.TryParse(a, out aNumber))
        {
            r.Fail("ids.a_number", "an A-number of 8 or 9 digits (A-123-456-789, 123456789, A 12345678)", r.Raw("ids")?.GetProperty("a_number"));
        }

        return new PersonRecorded
        {
            Person = Ids.OptionalPerson(r, "person"),
            Name = name,
            Dob = r.Time("dob"),
            Sex = r.Enum<Sex>("sex"),
            BirthCountry = r.Country("birth_country"),
            Nationalities = r.Countries("nationalities"),
            Languages = r.Texts("languages"),
            ANumber = aNumber,
            Identifiers = identifiers,
        };
    }

    private static Dictionary<string, string> ReadIdentifiers(FieldReader r)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in r.Keys())
        {
            if (r.Text(key, required: true) is { } value)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
