using System.Globalization;
using System.Text.Json;
using Habeas.Domain.Values;

namespace Habeas.Domain.Events;

/// <summary>
/// Reads the fields of one JSON event object into domain values, collecting every error instead of stopping at
/// the first, so that one pass over a file reports all that is wrong with it.
/// </summary>
internal sealed class FieldReader
{
    private const int MaxGotLength = 60;
    private readonly JsonElement _object;
    private readonly string _prefix;
    private readonly List<FieldError> _errors;

    public FieldReader(JsonElement obj, List<FieldError> errors, TimeZoneInfo zone, string prefix = "")
    {
        _object = obj;
        _errors = errors;
        _prefix = prefix;
        Zone = zone;
    }

    /// <summary>The zone coarse times are placed in (the event's <c>tz</c>, else UTC).</summary>
    public TimeZoneInfo Zone { get; }

    public bool HasErrors => _errors.Count > 0;

    public IEnumerable<string> Keys() => _object.EnumerateObject().Select(p => p.Name).ToArray();

    public bool Has(string name) => _object.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public void Fail(string name, string expected, JsonElement? got = null) =>
        _errors.Add(new FieldError(_prefix + name, expected, Describe(got)));

    public string? Text(string name, bool required = false)
    {
        if (!TryGet(name, required, "a string", out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Fail(name, "a string", v);
            return null;
        }

        return v.GetString();
    }

    /// <summary>A required non-blank id; returns an empty string (and records an error) when absent.</summary>
    public string Id(string name) => OptionalId(name, required: true) ?? string.Empty;

    public string? OptionalId(string name, bool required = false)
    {
        if (!TryGet(name, required, "an id (a non-blank string)", out var v))
        {
            return null;
        }

        var s = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (string.IsNullOrWhiteSpace(s) || s.Trim().Length != s.Length)
        {
            Fail(name, "an id (a non-blank string without surrounding spaces)", v);
            return null;
        }

        return s;
    }

    public CountryCode? Country(string name, bool required = false)
    {
        if (!TryGet(name, required, "an ISO 3166-1 alpha-2 country code (US, SV, VE)", out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && CountryCode.TryParse(v.GetString(), out var code))
        {
            return code;
        }

        Fail(name, "an ISO 3166-1 alpha-2 country code (US, SV, VE)", v);
        return null;
    }

    public TimeValue? Time(string name, bool required = false)
    {
        if (!TryGet(name, required, TimeValue.Expected, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && TimeValue.TryParse(v.GetString(), Zone, out var time))
        {
            return time;
        }

        Fail(name, TimeValue.Expected, v);
        return null;
    }

    public TEnum? Enum<TEnum>(string name, bool required = false)
        where TEnum : struct, Enum
    {
        var expected = SnakeCase.Expected<TEnum>();
        if (!TryGet(name, required, expected, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && SnakeCase.TryParse<TEnum>(v.GetString(), out var value))
        {
            return value;
        }

        Fail(name, expected, v);
        return null;
    }

    public int? Integer(string name, int min = 0)
    {
        if (!TryGet(name, false, "an integer", out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= min)
        {
            return i;
        }

        Fail(name, string.Create(CultureInfo.InvariantCulture, $"an integer of at least {min}"), v);
        return null;
    }

    public decimal? Number(string name)
    {
        if (!TryGet(name, false, "a number", out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d))
        {
            return d;
        }

        Fail(name, "a number", v);
        return null;
    }

    public bool? Boolean(string name)
    {
        if (!TryGet(name, false, "true or false", out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Fail(name, "true or false", v);
        return null;
    }

    /// <summary>An ISO 8601 duration such as <c>P1D</c>, <c>P1Y</c>, <c>PT12H</c>.</summary>
    public string? Duration(string name)
    {
        var text = Text(name);
        if (text is not null && !IsDuration(text))
        {
            Fail(name, "an ISO 8601 duration (P1D, P1W, P1M, P1Y, PT12H)", _object.GetProperty(name));
            return null;
        }

        return text;
    }

    public IReadOnlyList<T> List<T>(string name, Func<FieldReader, string, T?> item, bool required = false, int min = 0)
        where T : notnull
    {
        var expected = min switch
        {
            0 => "an array",
            1 => "an array of at least 1",
            2 => "an array of at least 2",
            _ => string.Create(CultureInfo.InvariantCulture, $"an array of at least {min}"),
        };
        if (!TryGet(name, required, expected, out var v))
        {
            return [];
        }

        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() < min)
        {
            Fail(name, expected, v);
            return [];
        }

        var result = new List<T>(v.GetArrayLength());
        var index = 0;
        foreach (var element in v.EnumerateArray())
        {
            var reader = new FieldReader(element, _errors, Zone, string.Create(CultureInfo.InvariantCulture, $"{_prefix}{name}[{index}]"));
            var value = item(reader, string.Empty);
            if (value is not null)
            {
                result.Add(value);
            }

            index++;
        }

        return result;
    }

    public IReadOnlyList<string> Ids(string name, bool required = false, int min = 0) =>
        List(name, (r, _) => r.Self(x => x.OptionalId(string.Empty, required: true)), required, min);

    public IReadOnlyList<string> Texts(string name) =>
        List(name, (r, _) => r.Self(x => x.Text(string.Empty, required: true)));

    public IReadOnlyList<CountryCode> Countries(string name, bool required = false, int min = 0) =>
        List(name, (r, _) => r.Self(x => x.Country(string.Empty, required: true)?.Value), required, min)
            .Select(code => new CountryCode(code)).ToArray();

    /// <summary>A nested object, read by <paramref name="read"/> with field paths prefixed by <paramref name="name"/>.</summary>
    public T? Object<T>(string name, Func<FieldReader, T> read, bool required = false)
        where T : class
    {
        if (!TryGet(name, required, "an object", out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            Fail(name, "an object", v);
            return null;
        }

        return read(new FieldReader(v, _errors, Zone, $"{_prefix}{name}."));
    }

    /// <summary>Any JSON value, kept as it is (for free-form fields such as <c>details</c>).</summary>
    public JsonElement? Raw(string name) =>
        _object.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.Clone() : null;

    /// <summary>An id or a sequence number (what <c>corrects</c> and <c>erases</c> name).</summary>
    public string? EventReference(string name)
    {
        if (!TryGet(name, true, "an event id or sequence number", out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n > 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        Fail(name, "an event id or sequence number", v);
        return null;
    }

    private T? Self<T>(Func<FieldReader, T?> read)
    {
        // Array items are read through the same helpers with an empty field name: "countries[1]".
        return read(new FieldReader(_object, _errors, Zone, _prefix.Length > 0 ? _prefix : string.Empty));
    }

    private bool TryGet(string name, bool required, string expected, out JsonElement value)
    {
        if (name.Length == 0)
        {
            value = _object;
            return true;
        }

        if (_object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            _errors.Add(new FieldError(_prefix + name, expected, "nothing"));
        }

        return false;
    }

    private static bool IsDuration(string text) => Values.IsoDuration.TryParse(text, out _);

    private static string Describe(JsonElement? got)
    {
        if (got is not { } g)
        {
            return "nothing";
        }

        var raw = g.GetRawText();
        return raw.Length <= MaxGotLength ? raw : raw[..MaxGotLength] + "…";
    }
}
