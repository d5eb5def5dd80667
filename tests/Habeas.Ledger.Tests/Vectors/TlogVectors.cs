using System.Text.Json;

namespace Habeas.Ledger.Tests.Vectors;

/// <summary>
/// The shared transparency-log test vectors (../shared/data/tlog_vectors.json), read at run time and never
/// copied into the repository. Found through HABEAS_SHARED, else ../shared beside the repository root (the
/// directory holding Habeas.slnx), else /work/shared.
/// </summary>
internal static class TlogVectors
{
    private static readonly Lazy<JsonDocument> Document = new(Load);

    public static JsonElement Root => Document.Value.RootElement;

    public static IEnumerable<JsonElement> Cases => Root.GetProperty("cases").EnumerateArray();

    /// <summary>The ids of every case of the given types, one theory row each.</summary>
    public static TheoryData<string> Ids(params string[] types)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(c => types.Contains(c.GetProperty("type").GetString())))
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    public static JsonElement Case(string id) =>
        Cases.Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Valid unless the case says <c>expect: invalid</c>; cases without "expect" state expected outputs.</summary>
    public static bool ExpectValid(this JsonElement c) =>
        !c.TryGetProperty("expect", out var expect) || expect.GetString() != "invalid";

    public static string? Text(this JsonElement c, string property) =>
        c.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Has(this JsonElement c, string property) => c.TryGetProperty(property, out _);

    /// <summary>
    /// A number as a long; values above long.MaxValue (uint64 in the upstream data) wrap to negatives, which
    /// every API must reject.
    /// </summary>
    public static long Long(this JsonElement c, string property)
    {
        var value = c.GetProperty(property);
        return value.TryGetInt64(out var signed) ? signed : unchecked((long)value.GetUInt64());
    }

    /// <summary>Bytes in the case's encoding: hex when it says so or when the text is hex, else standard base64.</summary>
    public static byte[] Bytes(this JsonElement c, string property) => Decode(c.GetProperty(property).GetString()!, c.Text("encoding"));

    public static List<byte[]> ByteList(this JsonElement c, string property) =>
        [.. c.GetProperty(property).EnumerateArray().Select(e => Decode(e.GetString()!, c.Text("encoding")))];

    public static List<string> Strings(this JsonElement c, string property) =>
        c.TryGetProperty(property, out var value) ? [.. value.EnumerateArray().Select(e => e.GetString()!)] : [];

    public static byte[] Decode(string text, string? encoding) => encoding switch
    {
        "hex" => Convert.FromHexString(text),
        "base64" => Convert.FromBase64String(text),
        _ => text.Length % 2 == 0 && text.All(char.IsAsciiHexDigit) ? Convert.FromHexString(text) : Convert.FromBase64String(text),
    };

    /// <summary>The classic 8-leaf RFC 6962 tree of the file's "rfc6962_tree".</summary>
    public static IReadOnlyList<byte[]> ReferenceLeaves =>
        [.. Root.GetProperty("rfc6962_tree").GetProperty("leaves_hex").EnumerateArray().Select(e => Convert.FromHexString(e.GetString()!))];

    public static byte[] ReferenceRoot(long size) =>
        Convert.FromHexString(Root.GetProperty("rfc6962_tree").GetProperty("roots_by_size").GetProperty(size.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetString()!);

    public static string FilePath { get; } = Locate();

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllBytes(FilePath));

    private static string Locate()
    {
        var candidates = new List<string>();
        var shared = Environment.GetEnvironmentVariable("HABEAS_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            candidates.Add(Path.Combine(shared, "data", "tlog_vectors.json"));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Habeas.slnx")))
            {
                candidates.Add(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "tlog_vectors.json")));
                break;
            }
        }

        candidates.Add("/work/shared/data/tlog_vectors.json");
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("tlog_vectors.json not found (tried " + string.Join(", ", candidates) + "): set HABEAS_SHARED to the shared directory.");
    }
}
