using System.Text;
using System.Text.Json;
using Habeas.Domain.Serialization;

namespace Habeas.Domain.Tests.Serialization;

public sealed class CanonicalJsonTests
{
    private static string Canon(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Encoding.UTF8.GetString(CanonicalJson.Serialize(doc.RootElement));
    }

    [Fact]
    public void Serialize_Object_SortsMembersByUtf16CodeUnitsAndDropsWhitespace() =>
        // RFC 8785 §3.2.3 example order: "\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33".
        Assert.Equal(
            "{\"\\r\":1,\"1\":2,\"\u0080\":3,\"\u00f6\":4,\"\u20ac\":5,\"\ud83d\ude00\":6,\"\ufb33\":7}",
            Canon("{ \"\u20ac\": 5, \"\\r\": 1, \"\ufb33\": 7, \"1\": 2, \"\ud83d\ude00\": 6, \"\u0080\": 3, \"\u00f6\": 4 }"));

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("1.0", "1")]
    [InlineData("1E21", "1e+21")]
    [InlineData("1E20", "100000000000000000000")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1E-7", "1e-7")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("9007199254740993", "9007199254740992")]
    public void Serialize_Number_UsesTheEcmaScriptForm(string literal, string expected) => Assert.Equal(expected, Canon(literal));

    [Fact]
    public void Serialize_String_EscapesOnlyWhatMustBeEscaped() =>
        Assert.Equal("\"é\\n\\u001f\\\"\\\\/<>\"", Canon("\"\\u00e9\\n\\u001F\\\"\\\\\\/<>\""));

    [Fact]
    public void Serialize_DuplicateMember_Throws() =>
        Assert.Throws<FormatException>(() => Canon("{\"a\":1,\"a\":2}"));

    [FsCheck.Xunit.Property]
    public bool Serialize_IsIdempotent(string key, string value, int number)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object> { [key ?? "k"] = value ?? "v", ["n"] = number, ["z"] = new[] { 1, 2 } });
        var once = Canon(json);
        return Canon(once) == once;
    }
}
