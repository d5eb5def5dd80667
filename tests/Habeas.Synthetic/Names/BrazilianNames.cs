namespace Habeas.Synthetic.Names;

/// <summary>Brazilian names, most frequent first. Surnames carry their particles (da Silva, dos Santos).</summary>
internal static class BrazilianNames
{
    public const string Surnames = """
        da Silva, dos Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes,
        Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa,
        Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas,
        Cardoso, Ramos, Gonçalves, Santana, Teixeira, de Souza, de Oliveira, da Costa, de Jesus, dos Reis,
        da Cruz, Araújo, Pinto, Cavalcanti, Correia, Monteiro, Batista, Campos, Moura, Cunha,
        Borges, Castro, Pires, Farias, Brito, da Conceição, Coelho, Siqueira, Magalhães, Barros
        """;

    public const string MaleGiven = """
        João, José, Antônio, Francisco, Carlos, Paulo, Pedro, Lucas, Luiz, Marcos,
        Luís, Gabriel, Rafael, Daniel, Marcelo, Bruno, Eduardo, Felipe, Raimundo, Rodrigo,
        Thiago, Gustavo, Matheus, Leonardo, Diego, Fernando, Fábio, Sérgio, Ricardo, Anderson,
        Wellington, Washington, Cléber, Edson, Josué, Vinícius, Caio, Renato, Sebastião, Joaquim
        """;

    public const string FemaleGiven = """
        Maria, Ana, Francisca, Antônia, Adriana, Juliana, Márcia, Fernanda, Patrícia, Aline,
        Sandra, Camila, Amanda, Bruna, Jéssica, Letícia, Júlia, Luciana, Vanessa, Mariana,
        Gabriela, Vera, Vitória, Larissa, Cláudia, Beatriz, Rita, Luana, Sônia, Renata,
        Eliane, Josefa, Raimunda, Conceição, Thaís, Débora, Rosângela, Simone, Tatiane, Aparecida
        """;
}
