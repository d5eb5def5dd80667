using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Reads typed ids; a missing id has already been reported, so a placeholder stands in for it.</summary>
internal static class Ids
{
    private const string Missing = "?";

    public static PersonId Person(FieldReader r, string name) => new(Or(r.Id(name)));

    public static FacilityId Facility(FieldReader r, string name) => new(Or(r.Id(name)));

    public static InstrumentId Instrument(FieldReader r, string name) => new(Or(r.Id(name)));

    public static OrderId Order(FieldReader r, string name) => new(Or(r.Id(name)));

    public static RequestId Request(FieldReader r, string name) => new(Or(r.Id(name)));

    public static PersonId? OptionalPerson(FieldReader r, string name) => r.OptionalId(name) is { } s ? new PersonId(s) : null;

    public static FacilityId? OptionalFacility(FieldReader r, string name) => r.OptionalId(name) is { } s ? new FacilityId(s) : null;

    public static OrderId? OptionalOrder(FieldReader r, string name) => r.OptionalId(name) is { } s ? new OrderId(s) : null;

    public static IReadOnlyList<PersonId> Persons(FieldReader r, string name, bool required = false, int min = 0) =>
        r.Ids(name, required, min).Select(s => new PersonId(s)).ToArray();

    private static string Or(string id) => id.Length > 0 ? id : Missing;
}
