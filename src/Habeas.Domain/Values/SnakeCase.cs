using System.Collections.Frozen;
using System.Text;

namespace Habeas.Domain.Values;

/// <summary>The data format's snake_case names of an enum's members (<c>Title8Order</c> ↔ <c>title8_order</c>).</summary>
public static class SnakeCase
{
    /// <summary>The accepted names, for error messages.</summary>
    public static string Allowed<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Allowed;

    /// <summary>"one of …" for error messages, built once per enum.</summary>
    public static string Expected<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Expected;

    /// <summary>The snake_case name of a member.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>Finds the member named exactly <paramref name="name"/>.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByName.TryGetValue(name ?? string.Empty, out value);

    private static string Convert(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1])))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => Convert(v.ToString()), StringComparer.Ordinal);

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Convert(v.ToString()));

        public static readonly string Allowed = string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));

        public static readonly string Expected = "one of " + Allowed;
    }
}
