using System.Text;

namespace Habeas.Matching.Normalisation;

/// <summary>
/// A phonetic key for names as Spanish speakers write what they hear: b/v, s/z/c before e or i, ll/y and a silent h
/// give the same key ("VALLEJO" and "BAYEJO", "HERNANDEZ" and "ERNANDES").
/// </summary>
public static class SpanishPhonetic
{
    /// <summary>The key of a normalised token (upper case ASCII letters); empty for an empty token.</summary>
    public static string Code(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            var mapped = c switch
            {
                'H' => '\0',
                'V' => 'B',
                'Z' => 'S',
                'C' when next is 'E' or 'I' => 'S',
                'Y' => 'L',
                _ => c,
            };
            if (c == 'L' && next == 'L')
            {
                i++;
            }

            if (mapped != '\0' && (key.Length == 0 || key[^1] != mapped))
            {
                key.Append(mapped);
            }
        }

        return key.ToString();
    }
}
