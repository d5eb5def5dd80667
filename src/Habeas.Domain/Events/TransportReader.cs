using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>Reads a `transport` object (`{"id", "mode", "stops"}`).</summary>
internal static class TransportReader
{
    public static Transport? Read(FieldReader r, string name) =>
        r.Object(name, t => new Transport(t.Text("id"), t.Text("mode"), t.Countries("stops")));
}
