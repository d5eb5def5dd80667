using System.Text;

namespace Habeas.Testing;

/// <summary>Builds JSON Lines files of events for tests (the public data format v1, as users write it).</summary>
public sealed class Events
{
    private readonly StringBuilder _lines = new();

    public int Count { get; private set; }

    public Events Line(string json)
    {
        _lines.Append(json).Append('\n');
        Count++;
        return this;
    }

    public Events Facility(string id, string country = "US", string authority = "US-ICE", int capacity = 100, string kind = "detention") =>
        Line($$"""{"type":"facility.registered","facility":"{{id}}","name":"Facility {{id}}","country":"{{country}}","authority":"{{authority}}","capacity":{{capacity}},"kind":"{{kind}}"}""");

    public Events Person(string id, string given = "Ana", string surname = "Pérez", string country = "SV") =>
        Line($$"""{"type":"person.recorded","person":"{{id}}","given":"{{given}}","surnames":["{{surname}}"],"nationalities":["{{country}}"]}""");

    public Events Began(string person, string facility, string at, string authority = "US-ICE") =>
        Line($$"""{"type":"custody.began","person":"{{person}}","facility":"{{facility}}","authority":"{{authority}}","basis":"civil_immigration","occurred_at":"{{at}}"}""");

    public Events Transferred(string person, string from, string to, string at) =>
        Line($$"""{"type":"custody.transferred","person":"{{person}}","from":"{{from}}","to":"{{to}}","authority":"US-ICE","occurred_at":"{{at}}"}""");

    public Events Removed(string person, string from, string country, string? to, string at) =>
        Line(to is null
            ? $$"""{"type":"person.removed","person":"{{person}}","from":"{{from}}","country":"{{country}}","authority":"US-ICE","basis":"title8_order","transport":{"id":"FL-1","mode":"air"},"occurred_at":"{{at}}"}"""
            : $$"""{"type":"person.removed","person":"{{person}}","from":"{{from}}","country":"{{country}}","to":"{{to}}","authority":"US-ICE","basis":"title8_order","transport":{"id":"FL-1","mode":"air"},"occurred_at":"{{at}}"}""");

    public Events HandedOver(string person, string facility, string at) =>
        Line($$"""{"type":"custody.handed_over","person":"{{person}}","facility":"{{facility}}","authority":"US-ICE","occurred_at":"{{at}}"}""");

    public Events Returned(string person, string from, string to, string at) =>
        Line($$"""{"type":"person.returned","person":"{{person}}","from":"{{from}}","to":"{{to}}","authority":"US-ICE","basis":"civil_immigration","occurred_at":"{{at}}"}""");

    public Events Released(string person, string facility, string at) =>
        Line($$"""{"type":"custody.released","person":"{{person}}","facility":"{{facility}}","occurred_at":"{{at}}"}""");

    /// <summary>Writes the lines to a new file in <paramref name="directory"/> and returns its path.</summary>
    public string WriteTo(string directory, string name = "events.jsonl")
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, _lines.ToString(), new UTF8Encoding(false));
        return path;
    }

    public override string ToString() => _lines.ToString();
}
