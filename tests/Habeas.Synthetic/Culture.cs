namespace Habeas.Synthetic;

/// <summary>How a person's name is built, which follows from where they were born.</summary>
internal enum Culture : byte
{
    /// <summary>1–2 given names, paternal then maternal surname.</summary>
    Spanish,

    /// <summary>1–2 given names, maternal then paternal surname, particles (da Silva).</summary>
    Brazilian,

    /// <summary>French and Creole names, hyphenated compounds (Jean-Baptiste).</summary>
    Haitian,

    /// <summary>One-syllable surname, one- or two-syllable given name, Pinyin.</summary>
    Chinese,

    /// <summary>Given name, sometimes a second (Kumar), one surname; Sikh men Singh, women Kaur.</summary>
    Indian,

    /// <summary>Given name, father's name, family name (Al-, El-, Ould).</summary>
    Arabic,
}
