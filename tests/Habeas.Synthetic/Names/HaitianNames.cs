namespace Habeas.Synthetic.Names;

/// <summary>Haitian names (French and Creole spellings), most frequent first.</summary>
internal static class HaitianNames
{
    public const string Surnames = """
        Jean, Pierre, Joseph, Louis, Charles, Jean-Baptiste, Saint-Fleur, Jean-Louis, Paul, Baptiste,
        Étienne, François, Michel, Augustin, Dorvil, Désir, Alexis, Noël, Théodore, Jacques,
        Petit-Frère, Saint-Louis, Toussaint, Lafortune, Dieujuste, Célestin, Chéry, Exantus, Fils-Aimé, Georges,
        Guerrier, Hyppolite, Innocent, Jeune, Laguerre, Laurent, Métellus, Mondésir, Nazaire, Philippe,
        Raymond, Saintil, Simon, Valcourt, Vilsaint, Estimé, Pierre-Louis, Milfort, Bien-Aimé, Casimir
        """;

    public const string MaleGiven = """
        Jean, Pierre, Wilner, Jean-Claude, Jean-Robert, Wilson, Wilfrid, Frantz, Fritz, Jacques,
        Joseph, Emmanuel, Jean-Pierre, Lesly, Dieudonné, Jocelyn, Ronald, Reginald, Rodney, Jonas,
        Stanley, Evens, Ricardo, Widner, Jimmy, Marc-Arthur, Guerby, Kervens, Peterson, Mackenson
        """;

    public const string FemaleGiven = """
        Marie, Rose, Guerline, Nadège, Mirlande, Roseline, Fabienne, Nathalie, Marie-Claude, Rose-Marie,
        Wideline, Dieula, Jesula, Loudie, Sabine, Stéphanie, Gina, Magalie, Esther, Farah,
        Islande, Myrlande, Jeanne, Carline, Lourdes, Nadia, Sherline, Rosemène, Vladimire, Marlène
        """;
}
