namespace Habeas.Synthetic;

/// <summary>
/// Folding of the Latin letters that occur in these names to ASCII. A table rather than Unicode decomposition: it runs
/// for every name of every record, and a string without accents (most of them) is returned without allocating.
/// </summary>
internal static class Diacritics
{
    public static bool Has(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f' && Base(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    public static string Fold(string text)
    {
        if (!Has(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Base(source[i]);
            }
        });
    }

    /// <summary>The unaccented letter, or <paramref name="c"/> itself.</summary>
    public static char Base(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'Á' or 'À' or 'Â' or 'Ä' or 'Ã' or 'Å' => 'A',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'É' or 'È' or 'Ê' or 'Ë' => 'E',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'Í' or 'Ì' or 'Î' or 'Ï' => 'I',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'Ó' or 'Ò' or 'Ô' or 'Ö' or 'Õ' => 'O',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'Ú' or 'Ù' or 'Û' or 'Ü' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        _ => c,
    };
}
