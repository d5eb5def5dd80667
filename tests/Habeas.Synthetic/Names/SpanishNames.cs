namespace Habeas.Synthetic.Names;

/// <summary>
/// Names of Mexico, Central America, the Caribbean and the Andes, most frequent first (the order, not the exact
/// frequency, follows national surname counts such as INEGI's and RENAP's; the draw supplies the Zipf skew).
/// </summary>
internal static class SpanishNames
{
    public const string Surnames = """
        García, Hernández, López, Martínez, González, Rodríguez, Pérez, Sánchez, Ramírez, Flores,
        Cruz, Gómez, Morales, Reyes, Díaz, Torres, Gutiérrez, Ruiz, Mendoza, Aguilar,
        Ortiz, Castillo, Jiménez, Moreno, Vásquez, Romero, Álvarez, Rivera, Juárez, Chávez,
        Ramos, Herrera, Medina, Domínguez, Castro, Vargas, Guzmán, Velázquez, Muñoz, Rojas,
        Salazar, Contreras, Luna, Ortega, Estrada, Delgado, Guerrero, Mejía, Méndez, Soto,
        Vázquez, Santiago, Ríos, Alvarado, Sandoval, Lara, Cortés, Márquez, Figueroa, Espinoza,
        Navarro, Campos, Fuentes, Carrillo, Acosta, Cabrera, Valdez, Molina, Cervantes, Rosales,
        Ávila, León, Solís, Vega, Sosa, Ibarra, Peña, Cárdenas, Maldonado, Robles,
        Núñez, Orellana, Marroquín, Portillo, Escobar, Argueta, Ayala, Bonilla, Zelaya, Rivas,
        Amaya, Henríquez, Alvarenga, Menjívar, Quintanilla, Osorio, Palacios, Zepeda, Barrios, Cifuentes,
        De la Cruz, De León, Del Cid, De Jesús, De los Santos, De la Rosa, Del Valle, De la O, De Paz, De la Torre,
        Pineda, Paz, Villatoro, Recinos, Monterroso, Tobar, Funes, Ventura, Canales, Umaña,
        Galdámez, Chicas, Cerrato, Banegas, Murillo, Padilla, Cáceres, Lagos, Zavala, Bautista,
        Aguirre, Arias, Arévalo, Barahona, Benítez, Blanco, Calderón, Cano, Carranza, Carrasco,
        Cisneros, Corado, Córdova, Coronado, Cuevas, Dávila, Duarte, Durán, Escalante, Esquivel,
        Fajardo, Franco, Galindo, Gallegos, Gálvez, Garza, Gil, Godínez, Granados, Hidalgo,
        Huerta, Ixcot, Lemus, Linares, Lozano, Lucero, Macías, Manzano, Marín, Mata,
        Meza, Miranda, Montes, Montoya, Mora, Munguía, Navas, Nava, Ochoa, Olivares,
        Orozco, Osorto, Pacheco, Paredes, Parra, Pacas, Prado, Quiñónez, Quiroz, Rangel,
        Renderos, Rincón, Rosa, Sáenz, Salinas, Santos, Serrano, Sierra, Suárez, Tapia,
        Trejo, Trujillo, Urbina, Valencia, Valle, Velásquez, Vélez, Villalobos, Villanueva, Zamora,
        Zúñiga, Acevedo, Aguilera, Alfaro, Almaraz, Anaya, Andrade, Arellano, Arroyo, Barrera,
        Becerra, Beltrán, Bermúdez, Bravo, Briones, Bustamante, Caballero, Camacho, Cantú, Carmona,
        Casillas, Cázares, Ceballos, Chacón, Colín, Correa, Cota, Del Río, Delacruz, Enríquez,
        Espinosa, Esparza, Farías, Félix, Ferrer, Frías, Gallardo, Gamboa, Garrido, Gaytán,
        Girón, Guardado, Guevara, Hurtado, Iglesias, Islas, Jaramillo, Lima, Loera, Lugo,
        Madrid, Magaña, Maradiaga, Mariscal, Mayorga, Melgar, Mercado, Mireles, Montenegro, Monzón,
        Moya, Nájera, Obando, Olmos, Ordóñez, Orantes, Pantoja, Pastor, Perdomo, Pichardo,
        Piña, Ponce, Puente, Quezada, Quintero, Rendón, Rico, Robledo, Rocha, Rubio,
        Saavedra, Salas, Saldaña, Salgado, Samayoa, Segovia, Sepúlveda, Solano, Solórzano, Tejada,
        Tello, Toledo, Tovar, Ulloa, Uribe, Urrutia, Valladares, Varela, Vela, Vera,
        Villegas, Yáñez, Zambrano, Zaragoza, Abrego, Acuña, Alarcón, Alemán, Altamirano, Aparicio,
        Aragón, Arana, Arce, Ardón, Armas, Arriaga, Baca, Baires, Baltazar, Barillas,
        Bermejo, Bueso, Burgos, Cabello, Calles, Canizales, Carbajal, Cardona, Castañeda, Castellanos,
        Cerna, Chinchilla, Corea, Cornejo, Cortez, Coto, Cuéllar, Dubón, Echeverría, Elías,
        Escamilla, Escoto, Fiallos, Fonseca, Gaitán, Gamero, Garay, Guerra, Guifarro, Hércules,
        Interiano, Irías, Jovel, Landaverde, Laínez, Leiva, Lobo, Machado, Mancía, Mazariegos,
        Melara, Medrano, Moncada, Mondragón, Noriega, Oliva, Oseguera, Pagoada, Palencia, Pavón,
        Peraza, Pinto, Posadas, Quijada, Rauda, Reina, Ruano, Sagastume, Salguero, Sarmiento,
        Sevilla, Sorto, Tercero, Tinoco, Turcios, Ucles, Valdivia, Villeda, Yanes, Zaldívar
        """;

    /// <summary>Mayan surnames (K'iche', Q'eqchi', Kaqchikel, Mam), mixed into Guatemalan names.</summary>
    public const string MayanSurnames = """
        Xol, Caal, Choc, Coc, Pop, Tzul, Ical, Tut, Cux, Tzoc,
        Ajú, Batz, Tun, Chub, Cac, Chen, Maquin, Quej, Cuc, Ixcoy,
        Tiu, Sacul, Bol, Yat, Chiquín, Ajanel, Xicay, Tzunún, Sicajau, Boc,
        Coy, Mucú, Cojtí, Sotz, Patzán, Ajpop, Tzoy, Quiej, Xoc, Chocooj,
        Pacay, Ba, Cuz, Tot, Col, Quib, Ixim, Canil, Tzep, Xitumul
        """;

    public const string MaleGiven = """
        José, Juan, Luis, Carlos, Jesús, Jorge, Miguel, Francisco, Antonio, Pedro,
        Manuel, Alejandro, Javier, Fernando, Ricardo, Roberto, Daniel, David, Mario, Eduardo,
        Rafael, Sergio, Víctor, Raúl, Arturo, Alberto, Héctor, Óscar, Martín, Julio,
        Enrique, Ángel, Marco, Ramón, Gerardo, Guillermo, Rubén, Andrés, Pablo, Hugo,
        Salvador, Armando, Alfredo, Ernesto, Gustavo, Diego, Adrián, Rigoberto, Santiago, Wilmer,
        Kevin, Brayan, Jonathan, Cristian, Edwin, Erick, Josué, Marvin, Nelson, Elmer,
        Walter, Wilson, Henry, Selvin, Byron, Melvin, Denis, Edgar, Mauricio, Ismael,
        Abel, Néstor, Orlando, Rolando, Reynaldo, Gilberto, Humberto, Efraín, Esteban, Ignacio,
        Jaime, Joaquín, Leonel, Lorenzo, Moisés, Noé, Octavio, Osvaldo, Pascual, Rodrigo,
        Samuel, Saúl, Teodoro, Tomás, Ulises, Vicente, Wilfredo, Yovani, Agustín, Alonso,
        Álvaro, Anderson, Aníbal, Bernardo, Benjamín, Bryan, César, Cristóbal, Darwin, Domingo,
        Edgardo, Elías, Emilio, Erwin, Ever, Fabián, Felipe, Félix, Fidel, Gabriel,
        Germán, Gonzalo, Gregorio, Hilario, Isaac, Israel, Iván, Jairo, Jefferson, Jhon,
        Joel, Juventino, Kelvin, Leonardo, Lucas, Marcos, Mateo, Maximiliano, Medardo, Misael,
        Nicolás, Norberto, Omar, Porfirio, Ramiro, Reinaldo, Rosendo, Santos, Sebastián, Silvestre,
        Timoteo, Uriel, Valentín, Wilber, Yeison, Yorman, Anthony, Alexander, Axel, Bladimir,
        Brandon, Carmelo, Cirilo, Cruz, Dagoberto, Eleazar, Eliseo, Eusebio, Faustino, Filiberto,
        Florencio, Genaro, Heriberto, Inocencio, Isidro, Jacinto, Leopoldo, Lisandro, Macario, Marcelino,
        Nazario, Odilón, Patricio, Prudencio, Raymundo, Rosalío, Severiano, Tránsito, Venancio, Yony,
        Zacarías, Abraham, Adalberto, Amílcar, Baltazar, Candelario, Demetrio, Emerson, Esvin, Estuardo,
        Fredy, Gerson, Hermelindo, Jeremías, Kenneth, Leonidas, Milton, Nery, Rony, Rudy,
        Aarón, Adolfo, Alexis, Alfonso, Amado, Ángelo, Apolinar, Arnoldo, Aurelio, Bayron,
        Benito, Camilo, Cándido, Celso, Ciro, Clemente, Crisanto, Dámaso, Delfino, Dionisio,
        Edilberto, Eladio, Elvis, Eric, Evaristo, Ezequiel, Federico, Fermín, Franklin, Gabino,
        Gildardo, Hipólito, Horacio, Jacobo, Jerónimo, Josefat, Julián, Justo, Lázaro, Leandro,
        Lucio, Luciano, Marcial, Mariano, Marlon, Máximo, Melquisedec, Natividad, Nemesio, Olvin
        """;

    public const string FemaleGiven = """
        María, Ana, Rosa, Guadalupe, Juana, Margarita, Patricia, Carmen, Verónica, Elizabeth,
        Leticia, Martha, Gabriela, Alejandra, Yesenia, Sandra, Claudia, Laura, Silvia, Adriana,
        Araceli, Blanca, Carolina, Cecilia, Daniela, Diana, Dolores, Elena, Esperanza, Estela,
        Fernanda, Gloria, Irma, Isabel, Josefina, Karla, Lucía, Luz, Marisol, Mercedes,
        Mónica, Norma, Olga, Paola, Raquel, Reyna, Rocío, Sofía, Susana, Teresa,
        Valeria, Victoria, Yolanda, Zulma, Alba, Amanda, Andrea, Angélica, Beatriz, Brenda,
        Concepción, Cristina, Delmy, Dora, Edith, Elsa, Emilia, Evelyn, Flor, Francisca,
        Glenda, Heidy, Iris, Jennifer, Jessica, Johana, Karen, Katherine, Keila, Lesly,
        Lidia, Lilian, Lorena, Luisa, Maribel, Maritza, Mayra, Mirna, Nancy, Nelly,
        Noemí, Paula, Ruth, Sara, Sonia, Tania, Vilma, Wendy, Xiomara, Yadira,
        Yaneth, Yeimi, Yessica, Zoila, Ingrid, Jacqueline, Kimberly, Lourdes, Magdalena, Marta,
        Miriam, Nora, Pamela, Reina, Rosario, Rut, Sayra, Tatiana, Ximena, Yamileth,
        Yuri, Abigail, Adela, Alicia, Amparo, Antonia, Aurora, Bertha, Catalina, Consuelo,
        Dalia, Débora, Eva, Fabiola, Filomena, Gladys, Graciela, Hilda, Inés, Irene,
        Julia, Juliana, Leonor, Lilia, Marcela, Matilde, Nidia, Ofelia, Paulina, Petrona,
        Regina, Rebeca, Rosalinda, Sabina, Soledad, Trinidad, Vanessa, Virginia, Yanira, Zenaida,
        Nayeli, Itzel, Jimena, Dayana, Yuliana, Estefany, Heydi, Lisbeth, Marleny, Nohemí,
        Rosibel, Sulma, Ada, Agustina, Aída, Alma, Ámbar, Anabel, Arely, Azucena,
        Belén, Berta, Carla, Celia, Clara, Cinthia, Damaris, Delia, Elvia, Emely,
        Erika, Esmeralda, Estrella, Eugenia, Felícita, Florinda, Genesis, Griselda, Hortensia, Ileana,
        Isela, Ivonne, Jazmín, Jovita, Karina, Lesbia, Ligia, Liliana, Lucrecia, Magaly,
        Manuela, Mariela, Marina, Marlene, Milagro, Mirian, Nataly, Natalia, Olivia, Pilar,
        Ramona, Rosaura, Roxana, Selena, Silvana, Sindy, Tomasa, Úrsula, Vicenta, Yajaira
        """;
}
