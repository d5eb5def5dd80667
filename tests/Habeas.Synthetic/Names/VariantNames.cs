namespace Habeas.Synthetic.Names;

/// <summary>
/// Nicknames, other spellings and other romanisations of a name as it is drawn, one line each: "Name: variant | variant".
/// Looked up by the name as drawn and by its unaccented form.
/// </summary>
internal static class VariantNames
{
    private const string Table = """
        Francisco: Pancho | Paco | Frank | Fco.
        José: Pepe | Chepe | Joseph
        Jesús: Chuy | Chucho
        Guillermo: Memo | William
        Roberto: Beto | Robert
        Alberto: Beto | Albert
        Ignacio: Nacho
        Manuel: Manolo | Meme
        Enrique: Quique | Henry
        Eduardo: Lalo | Edward
        Santiago: Chago
        Alejandro: Alex | Alejo
        Antonio: Toño | Tony
        Luis: Lucho | Louis | Luiz
        Ramón: Moncho
        Gerardo: Jerry
        Rafael: Rafa
        Fernando: Nando
        Rigoberto: Rigo
        Javier: Xavier
        Juan: John | Johnny | Jhon
        Jorge: George | Coque
        Miguel: Michael | Mike
        Pedro: Peter
        Carlos: Charly | Carlitos
        Jonathan: Jhonatan | Yonatan | Johnatan
        Brayan: Bryan | Brian
        Kevin: Kevyn | Kevim
        Cristian: Christian | Kristian
        Erick: Eric | Erik
        Yovani: Giovanni | Yovany | Geovany
        Yeison: Jason
        Jefferson: Yeferson
        Wilmer: Wilmar
        Óscar: Oskar
        Víctor: Vitor
        Guadalupe: Lupe | Lupita
        Concepción: Concha | Conchita
        Dolores: Lola
        Rosario: Chayo
        Mercedes: Meche
        María: Mary | Ma.
        Yesenia: Yessenia | Jessenia | Yecenia
        Jessica: Yesica | Yessica
        Yessica: Jessica | Yesica
        Jennifer: Yenifer | Jenifer
        Yolanda: Yoli
        Elizabeth: Elisabeth | Lisbeth | Elisabet
        Katherine: Katerin | Catherine | Katerine
        Estefany: Stefany | Estefani | Stephanie
        Heidy: Heidi | Jeidy
        Yeimi: Jeimy | Yeimy
        Johana: Yohana | Johanna
        Lesly: Lesley | Leslie
        Evelyn: Evelin | Ebelin
        Kimberly: Kimberli
        Xiomara: Siomara
        Zulma: Sulma
        Yamileth: Yamilet
        Lisbeth: Lizbeth
        Jacqueline: Yaquelin | Jaqueline
        Vanessa: Vanesa
        Ximena: Jimena
        Teresa: Tere
        Patricia: Paty
        João: Joao | John
        Antônio: Antonio
        Luiz: Luis
        Thiago: Tiago
        Matheus: Mateus
        Souza: Sousa
        de Souza: Souza | De Sousa
        da Silva: Silva | Dasilva | De Silva
        dos Santos: Santos | Dossantos
        Rodrigues: Rodriguez
        Pereira: Perera
        Jean-Baptiste: Jean Baptiste | Baptiste | Jeanbaptiste
        Wilner: Willner
        Jean-Claude: Jean Claude | Claude
        Jean-Pierre: Jean Pierre | Jeanpierre
        Jean-Robert: Jean Robert
        Saint-Fleur: St. Fleur | St Fleur | Saintfleur
        Saint-Louis: St. Louis | St-Louis
        Pierre-Louis: Pierre Louis
        Petit-Frère: Petit Frere | Petitfrere
        Fils-Aimé: Fils Aime | Filsaime
        Bien-Aimé: Bienaime | Bien Aime
        Jacques: Jack
        Marie: Mary | Mari
        Rose-Marie: Rosemarie | Rose Marie
        Frantz: Franz | Frantzy
        Evens: Evans
        Guerline: Gerline
        Mirlande: Myrlande
        Wideline: Widline
        Zhang: Chang
        Chen: Chan
        Li: Lee
        Zhou: Chou | Chow
        Xu: Hsu
        Liu: Lau
        Huang: Wong | Hwang
        Wu: Woo | Ng
        Zheng: Cheng
        Lin: Lam
        Zhao: Chao | Chiu
        Yang: Yeung
        Guo: Kwok | Kuo
        He: Ho
        Xie: Hsieh | Tse
        Zhu: Chu
        Jiang: Chiang
        Cai: Tsai | Choi
        Deng: Teng
        Ye: Yip | Yeh
        Lü: Lu | Lyu
        Xiaoming: Xiao Ming | Hsiao-ming
        Zhiwei: Zhi Wei | Chih-wei
        Jianguo: Jian Guo | Chien-kuo
        Xiaoyan: Xiao Yan | Hsiao-yen
        Mohammed: Muhammad | Mohamed | Mohamad | Mohammad | Muhammed
        Ahmed: Ahmad
        Mahmoud: Mahmud
        Mustafa: Mostafa | Moustafa
        Omar: Umar
        Khaled: Khalid
        Hussein: Husain | Hussain | Hosein
        Youssef: Yusuf | Yousef | Youssif
        Abdullah: Abdallah | Abd Allah
        Abdelrahman: Abdulrahman | Abdul Rahman | Abd El Rahman
        Abdelaziz: Abdulaziz | Abdul Aziz
        Said: Saeed | Saied
        Osama: Usama
        Fatima: Fatma | Fatimah
        Aisha: Aicha | Aysha
        Khadija: Khadijah | Khadidja
        Zainab: Zeinab | Zaynab
        Mariam: Maryam | Meriem
        Yasmin: Yasmine | Jasmine
        Al-Hassan: Alhassan | El-Hassan | Hassan
        El-Sayed: Elsayed | Al-Sayed | El Sayed
        Al-Masri: El Masri | Almasri
        Ould Ahmed: Ouldahmed | Ould Ahmad
        Ould Mohamed: Ould Mohammed | Ouldmohamed
        Gurpreet: Gurprit
        Harpreet: Harprit
        Jaspreet: Jasprit
        Mandeep: Mandip
        Sandeep: Sandip
        Kuldeep: Kuldip
        Pradeep: Pradip
        Navdeep: Navdip
        Pooja: Puja
        Vijay: Vijai
        Rajesh: Raj
        Deepak: Dipak
        Chaudhary: Choudhary | Chaudhari
        """;

    private static readonly Dictionary<string, string[]> ByName = Build();

    /// <summary>The variants of <paramref name="name"/> as drawn (accented or not), or null.</summary>
    public static string[]? Of(string name) =>
        ByName.TryGetValue(name, out var variants) ? variants : ByName.GetValueOrDefault(Diacritics.Fold(name));

    private static Dictionary<string, string[]> Build()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon];
            var variants = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(v => v != name).ToArray();
            table[name] = variants;
            // Someone who writes "Jose" may be listed as "José": the accented name is a variant of the plain one.
            var plain = Diacritics.Fold(name);
            if (plain != name)
            {
                table.TryAdd(plain, [.. variants.Where(v => v != plain), name]);
            }
        }

        return table;
    }
}
