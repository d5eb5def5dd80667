namespace Habeas.Matching.Normalisation;

/// <summary>
/// Frequent given names in this domain's lists that have no variants in <see cref="NameVariantTable"/>. Only
/// <see cref="PersonName.Parse"/> reads them: "JOSE LUIS PEREZ" (a second given name) against "JOSE PEREZ LOPEZ"
/// (two surnames). Names common as surnames too (MARTIN, CRUZ, LEON, ROSA) are left out: there the guess is
/// Given Paternal Maternal.
/// </summary>
internal static class CommonGivenNames
{
    internal static readonly string[] All =
    [
        // Spanish.
        "MARIA", "JUAN", "CARLOS", "JORGE", "PEDRO", "MIGUEL", "ANGEL", "ANA", "CARMEN", "LUZ", "JAVIER", "DIEGO",
        "MARIO", "SERGIO", "RICARDO", "ROBERTO", "ALBERTO", "ARTURO", "ALFREDO", "ANDRES", "OSCAR", "VICTOR", "HUGO",
        "RAUL", "RAMON", "RUBEN", "CESAR", "JULIO", "PABLO", "HECTOR", "ARMANDO", "ERNESTO", "GERARDO", "MARCOS",
        "OMAR", "ISMAEL", "ISRAEL", "ABRAHAM", "ELIAS", "JOEL", "NOE", "ADRIAN", "CRISTIAN", "CHRISTIAN", "EDGAR",
        "EFRAIN", "ELMER", "NELSON", "WALTER", "WILSON", "MILTON", "SAUL", "ULISES", "DAVID", "JOSUE", "MOISES",
        "EMILIO", "AGUSTIN", "ESTEBAN", "FELIX", "GABRIEL", "GILBERTO", "HUMBERTO", "LEONARDO", "LORENZO", "MAURICIO",
        "NICOLAS", "ORLANDO", "RODRIGO", "ROGELIO", "SALVADOR", "SEBASTIAN", "SILVIO", "VICENTE", "ALVARO", "BRAULIO",
        "DOMINGO", "ELISEO", "FABIO", "FIDEL", "GONZALO", "JAIME", "JULIAN", "LUCAS", "MARCO", "MATEO", "OSVALDO",
        "PASCUAL", "ROLANDO", "TEODORO", "ALEXIS", "ANDERSON", "FRANKLIN", "BYRON", "ELVIS", "EDER",
        "GLORIA", "ELENA", "SOFIA", "ISABEL", "VERONICA", "ALEJANDRA", "ANDREA", "ADRIANA", "CLAUDIA",
        "DIANA", "LAURA", "MONICA", "SANDRA", "SILVIA", "PAOLA", "ANGELICA", "BEATRIZ", "BLANCA", "CECILIA",
        "ESPERANZA", "GRACIELA", "IRMA", "JUANA", "LETICIA", "LILIANA", "LORENA", "LUCIA", "MAGDALENA", "MARTHA",
        "MARTA", "NORMA", "OLGA", "RAQUEL", "SARA", "TERESA", "YOLANDA", "ALICIA", "DANIELA", "GABRIELA", "KARINA",
        "KARLA", "MARIANA", "MIRIAM", "NANCY", "REINA", "ROCIO", "VANESSA", "XIMENA", "JIMENA", "XIOMARA", "YADIRA",
        "MARLENE", "GLENDA", "INGRID", "IRIS", "JOHANA", "JOHANNA", "BRENDA", "FLOR", "ANGELES",
        "ESMERALDA", "ARACELI", "FABIOLA", "GUADALUPE", "ROSARIO", "CONSUELO", "SOCORRO", "REFUGIO", "PILAR",
        // English, Portuguese, French and Haitian.
        "JOHN", "MARY", "PAUL", "MARK", "GEORGE", "ANNE", "ANN", "SARAH", "EMILY", "JESSICA", "ASHLEY", "AMANDA",
        "JOAO", "ANTONIA", "FRANCISCA", "RAIMUNDA", "VINICIUS", "GUILHERME", "WELLINGTON",
        "JEAN", "JACQUES", "PIERRE", "MARIE", "JUDE", "FRITZ", "WOODLEY", "RONY", "WIDLINE", "NADEGE", "ROSELINE",
        "DIEUSEUL", "JOCELYNE", "LOUISE", "FABIENNE", "MICHELINE", "GUERDA", "MACKENSON", "PETERSON",
        // Arabic, Turkish, South Asian.
        "ALI", "ABDUL", "YUSUF", "MUSTAFA", "SAMI", "NABIL", "KAMAL", "ADEL", "ADIL", "AMINA", "LAYLA", "LEILA",
        "NOOR", "NUR", "HIBA", "HUDA", "RANIA", "SALMA", "IMRAN", "ARJUN", "RAHUL", "RAJ", "AMIT", "PRIYA",
    ];
}
