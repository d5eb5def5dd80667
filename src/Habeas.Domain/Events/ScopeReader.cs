using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Reads a scope (`{"persons": [...]}` or `{"class": {...}}`).</summary>
internal static class ScopeReader
{
    public static Scope Read(FieldReader r)
    {
        var persons = Ids.Persons(r, "persons");
        var cls = r.Object("class", c => new ClassScope
        {
            Description = c.Text("description"),
            Nationalities = c.Countries("nationalities"),
            Designation = c.Enum<InstrumentKind>("designation"),
            HeldIn = c.Ids("held_in").Select(f => new FacilityId(f)).ToArray(),
            HeldInCountry = c.Country("held_in_country"),
            RemovalBasis = c.Enum<RemovalBasis>("removal_basis"),
            DestinationNotInOrder = c.Boolean("destination_not_in_order"),
            Members = Ids.Persons(c, "members"),
        });
        if (persons.Count == 0 && cls is null)
        {
            r.Fail("persons", "a list of persons, or a class");
        }

        return new Scope(persons, cls);
    }
}
