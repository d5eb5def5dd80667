namespace Habeas.Synthetic.Names;

/// <summary>
/// Arabic names (Egypt, Mauritania, Syria, Yemen), most frequent first. A person is given name, father's name, family
/// name: "Mohammed Abdelrahman Al-Hassan"; the father's name is drawn from the men's list.
/// </summary>
internal static class ArabicNames
{
    public const string FamilyNames = """
        Al-Hassan, Ould Ahmed, Al-Masri, El-Sayed, Abdallah, Haddad, Khalil, Nasser, Saleh, Hamdan,
        Mansour, Ibrahim, Mahmoud, Ould Mohamed, Al-Ahmad, Al-Khatib, Al-Najjar, Darwish, Farouk, Hegazy,
        Abdelaziz, Youssef, Othman, Qasim, Al-Rashid, Al-Amin, Al-Hakimi, Al-Ansi, Bakr, Suleiman,
        Al-Shami, Al-Halabi, Kassem, Hussein, Ould Cheikh, Ould Sidi, Al-Yamani, Abdelkader, Salem, Al-Tamimi
        """;

    public const string MaleGiven = """
        Mohammed, Ahmed, Mahmoud, Mustafa, Ali, Omar, Khaled, Hassan, Hussein, Youssef,
        Ibrahim, Abdullah, Abdelrahman, Said, Sidi, Cheikh, Moussa, Salem, Yahya, Karim,
        Tarek, Walid, Samir, Nabil, Hamza, Bilal, Osama, Anas, Ayman, Fadi,
        Jamal, Adel, Ashraf, Hisham, Sami, Wael, Ziad, Marwan, Abdelaziz, Hamid
        """;

    public const string FemaleGiven = """
        Fatima, Aisha, Mariam, Khadija, Zainab, Amina, Nour, Layla, Huda, Sara,
        Rania, Hana, Yasmin, Salma, Asmaa, Mona, Samira, Noura, Reem, Dina,
        Aya, Heba, Lina, Rasha, Maha
        """;
}
