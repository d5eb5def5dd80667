using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Habeas.Core.Demo;

/// <summary>A deterministic, seeded synthetic registry for demos and benchmarks. No real person's name.</summary>
/// <remarks>
/// Names are random combinations of common given names and surnames; facility names are invented. The story
/// follows the one DESIGN.md is built for: ordinary custody and removals over 2024-10..2025-10, and one removal
/// flight (<c>FL-CT-0315</c>) from a U.S. staging facility to a foreign mega-prison, carrying a person protected
/// from removal to that country and a U.S. citizen, followed by court orders and one return.
/// </remarks>
public static class DemoRegistry
{
    /// <summary>Writes the demo registry as JSON Lines events (public data format v1), in an order that imports cleanly.</summary>
    /// <param name="output">Receives one compact JSON object a line, each ended by <c>"\n"</c>.</param>
    /// <param name="seed">The seed of <see cref="Random"/>: the same seed gives byte-identical output.</param>
    /// <param name="persons">How many persons to record (ids <c>P-00001</c>, …), including the flight's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persons"/> is negative.</exception>
    public static void Write(TextWriter output, int seed = 2025, int persons = 5000)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(persons);

        var generator = new Generator(seed, persons);
        generator.Run();

        var buffer = new ArrayBufferWriter<byte>(1024);
        // Accented names are written as UTF-8, not \u escapes: the file is read by people too.
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        using var writer = new Utf8JsonWriter(buffer, options);
        foreach (var line in generator.Lines())
        {
            line.WriteTo(writer);
            writer.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
        }
    }

    private enum Role
    {
        Regular,
        Citizen,
        FamilyParent,
        FamilyChild,
        Flight,
        FlightProtected,
        FlightCitizen,
    }

    private enum Outcome
    {
        Held,
        Released,
        Removed,
        Unaccounted,
    }

    private enum Culture
    {
        Spanish,
        Mayan,
        Portuguese,
        Haitian,
        American,
    }

    private sealed record Facility(string Id, string Name, string Country, string Authority, string Kind, int Capacity, string State);

    private sealed record Movement(string Id, string Mode, TimeSpan TimeOfDay);

    private sealed record Timed(DateTime At, int Sequence, JsonObject Json);

    private sealed class Person
    {
        public required string Id { get; init; }

        public required Role Role { get; init; }

        public required string Nationality { get; init; }

        public Outcome Outcome { get; set; }

        public string? Location { get; set; }

        public DateTime Began { get; set; }

        public DateTime Last { get; set; }

        public DateTime? CustodyEnd { get; set; }

        public bool Aea { get; set; }

        public bool HasOrderingCourt { get; set; }
    }

    private sealed class Generator(int seed, int personCount)
    {
        private const string FlightId = "FL-CT-0315";
        private const string TexasStaging = "F-US-TX-STG";
        private const string LouisianaStaging = "F-US-LA-STG";
        private const string MegaPrison = "F-SV-CT";
        private const string FamilyCenter = "F-US-TX-03";
        private const string ReturnFacility = "F-US-TN-01";
        private const string Ice = "US-ICE";
        private const string CivilImmigration = "civil_immigration";
        private const string ImmigrationCourt = "Immigration Court";

        private static readonly DateTime RangeStart = new(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime RangeEnd = new(2025, 10, 31, 23, 59, 0, DateTimeKind.Utc);
        private static readonly DateOnly LastDay = new(2025, 10, 31);
        private static readonly DateOnly AgeReference = new(2025, 3, 1);
        private static readonly DateTime FlightDeparture = new(2025, 3, 15, 22, 0, 0, DateTimeKind.Utc);
        private static readonly DateTime FlightArrival = new(2025, 3, 16, 4, 10, 0, DateTimeKind.Utc);
        private static readonly DateOnly FlightStagingFrom = new(2025, 3, 12);
        private static readonly DateOnly FlightFeedersBefore = new(2025, 3, 11);
        private static readonly DateTime ReturnedAt = new(2025, 6, 6, 20, 0, 0, DateTimeKind.Utc);

        // Facility table: id, invented name, kind, physical custodian, state (for courts and ground moves).
        private static readonly (string Id, string Name, string Kind, string Authority)[] UsFacilities =
        [
            ("F-US-TX-01", "Rio Verde Processing Center", "detention", Ice),
            ("F-US-TX-02", "Llano Seco Detention Facility", "detention", Ice),
            ("F-US-TX-03", "South Plains Family Residential Center", "detention", Ice),
            ("F-US-TX-04", "Bluebonnet County Jail", "jail", "US-MARSHALS"),
            ("F-US-TX-05", "Caliche Flats Correctional Center", "detention", Ice),
            ("F-US-TX-06", "Mesquite Ridge Federal Correctional Institution", "prison", "US-BOP"),
            ("F-US-TX-07", "Pecos Bend Holding Facility", "holding", Ice),
            ("F-US-LA-01", "Cypress Bend Correctional Center", "detention", Ice),
            ("F-US-LA-02", "Bayou Noir Processing Center", "detention", Ice),
            ("F-US-LA-03", "Sabine Hollow Parish Jail", "jail", "US-MARSHALS"),
            ("F-US-LA-04", "Atchafalaya Federal Correctional Institution", "prison", "US-BOP"),
            ("F-US-AZ-01", "Mesa Alta Detention Facility", "detention", Ice),
            ("F-US-AZ-02", "Saguaro Wash Processing Center", "detention", Ice),
            ("F-US-AZ-03", "Copper Basin Federal Correctional Institution", "prison", "US-BOP"),
            ("F-US-CA-01", "Sierra Pinos Detention Center", "detention", Ice),
            ("F-US-CA-02", "Salton Flats Processing Center", "detention", Ice),
            ("F-US-CA-03", "Oak Canyon County Jail", "jail", "US-MARSHALS"),
            ("F-US-GA-01", "Red Clay Processing Center", "detention", Ice),
            ("F-US-GA-02", "Live Oak Detention Center", "detention", Ice),
            ("F-US-FL-01", "Sawgrass Detention Center", "detention", Ice),
            ("F-US-FL-02", "Palmetto Coast Holding Facility", "holding", Ice),
            ("F-US-NM-01", "Chamisa Detention Center", "detention", Ice),
            ("F-US-NM-02", "Juniper Mesa Processing Center", "detention", Ice),
            ("F-US-NJ-01", "Hackberry Point Detention Center", "detention", Ice),
            ("F-US-NY-01", "Hudson Ridge County Jail", "jail", "US-MARSHALS"),
            ("F-US-PA-01", "Susquehanna Hills Processing Center", "detention", Ice),
            ("F-US-WA-01", "Cascade Tidelands Processing Center", "detention", Ice),
            ("F-US-CO-01", "Aspen Flats Detention Facility", "detention", Ice),
            ("F-US-IL-01", "Prairie Lake County Jail", "jail", "US-MARSHALS"),
            ("F-US-MI-01", "North Shore Correctional Center", "detention", Ice),
            ("F-US-OH-01", "Buckeye Hollow County Jail", "jail", "US-MARSHALS"),
            ("F-US-TN-01", "Harpeth Valley Detention Center", "detention", Ice),
            ("F-US-VA-01", "Shenandoah Crossing Detention Center", "detention", Ice),
            ("F-US-NV-01", "Sagebrush Flats Correctional Center", "detention", Ice),
            ("F-US-MS-01", "Magnolia Bend Federal Correctional Institution", "prison", "US-BOP"),
        ];

        private static readonly string[] BorderStates = ["TX", "AZ", "CA", "NM"];

        private static readonly (string State, string District)[] Districts =
        [
            ("TX", "Southern District of Texas"), ("LA", "Western District of Louisiana"), ("AZ", "District of Arizona"),
            ("CA", "Southern District of California"), ("GA", "Southern District of Georgia"), ("FL", "Southern District of Florida"),
            ("NM", "District of New Mexico"), ("NJ", "District of New Jersey"), ("NY", "Southern District of New York"),
            ("PA", "Middle District of Pennsylvania"), ("WA", "Western District of Washington"), ("CO", "District of Colorado"),
            ("IL", "Northern District of Illinois"), ("MI", "Eastern District of Michigan"), ("OH", "Northern District of Ohio"),
            ("TN", "Middle District of Tennessee"), ("VA", "Eastern District of Virginia"), ("NV", "District of Nevada"),
            ("MS", "Southern District of Mississippi"),
        ];

        private static readonly (string Nationality, int Weight)[] Nationalities =
        [
            ("MX", 24), ("GT", 18), ("HN", 15), ("VE", 12), ("SV", 7), ("CO", 7), ("EC", 6), ("HT", 4), ("NI", 4), ("CU", 3), ("BR", 2),
        ];

        private static readonly string[] FamilyNationalities = ["GT", "HN", "SV", "MX", "VE", "EC", "CO"];

        private static readonly string[] SpanishMale =
        [
            "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Jesús", "Francisco", "Antonio", "Manuel",
            "Alejandro", "Fernando", "Ricardo", "Roberto", "Javier", "Daniel", "David", "Eduardo", "Andrés", "Mario",
            "Óscar", "Rafael", "Sergio", "Víctor", "Héctor", "Raúl", "Julio", "Ángel", "Diego", "Marco", "Kevin",
            "Brayan", "Wilmer", "Edwin", "Nelson", "Rigoberto", "Erick", "Yeison", "Darwin", "Cristian", "Elvis",
            "Franklin", "Henry", "Jonathan", "Alexander", "Anderson", "Jhon", "Wilson", "Ramón", "Santiago", "Mateo",
            "Gabriel", "Emilio", "Arturo", "Gerardo", "Alfredo", "Rubén", "Tomás", "Enrique",
        ];

        private static readonly string[] SpanishFemale =
        [
            "María", "Ana", "Rosa", "Carmen", "Guadalupe", "Gabriela", "Daniela", "Alejandra", "Fernanda", "Sofía",
            "Valentina", "Camila", "Lucía", "Paola", "Andrea", "Patricia", "Claudia", "Verónica", "Yesenia", "Marisol",
            "Leticia", "Elena", "Isabel", "Teresa", "Marta", "Sandra", "Karla", "Wendy", "Dayana", "Yuleisy", "Yaneth",
            "Gloria", "Esperanza", "Juana", "Josefina", "Lorena", "Mónica", "Silvia", "Beatriz", "Adriana",
        ];

        private static readonly string[] SpanishSurnames =
        [
            "García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Flores",
            "Cruz", "Gómez", "Morales", "Vásquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza",
            "Aguilar", "Ortiz", "Castillo", "Moreno", "Romero", "Álvarez", "Chávez", "Rivera", "Ramos", "Juárez",
            "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán", "Velásquez", "Mejía", "Rojas", "Contreras",
            "Salazar", "Orellana", "Escobar", "Portillo", "Zelaya", "Alvarado", "Argueta", "Pineda", "Ventura",
            "Maldonado", "Cardona", "Molina", "Figueroa", "Suárez", "Navarro", "Guerrero", "Paredes", "Fuentes", "Lara",
            "Ibarra", "Delgado", "Cabrera", "Acosta", "Sandoval", "Quintero", "Pacheco", "Carrillo", "Estrada",
            "Bonilla", "Barrios",
        ];

        private static readonly string[] MayanSurnames = ["Tzoc", "Ixcoy", "Xiloj", "Chuc", "Ajanel", "Tum", "Cux", "Sic", "Batz", "Quiej", "Tzul", "Coj"];

        private static readonly string[] PortugueseMale =
        [
            "João", "José", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Thiago", "Leandro", "Gustavo",
            "Fábio", "Wesley", "Diego",
        ];

        private static readonly string[] PortugueseFemale =
        [
            "Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Luana", "Vanessa", "Tatiane",
        ];

        private static readonly string[] PortugueseSurnames =
        [
            "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa",
            "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha",
            "Dias", "Nascimento", "Moreira", "Araújo", "Cardoso",
        ];

        private static readonly string[] HaitianMale =
        [
            "Jean", "Pierre", "Joseph", "Jacques", "Wilner", "Frantz", "Emmanuel", "Wilson", "Evens", "Stevenson",
            "Widlin", "Jameson", "Louis", "Marc", "Ronald", "Fritz", "Jonas", "Reginald", "Samuel", "Daniel",
        ];

        private static readonly string[] HaitianFemale =
        [
            "Marie", "Rose", "Nadège", "Guerline", "Fabiola", "Mirlande", "Roseline", "Darline", "Esther", "Judith",
            "Wideline", "Sandra", "Natacha", "Jeanne", "Ketly", "Magalie", "Nathalie", "Rachelle",
        ];

        private static readonly string[] HaitianSurnames =
        [
            "Joseph", "Jean", "Pierre", "Louis", "Charles", "Baptiste", "François", "Désir", "Étienne", "Augustin",
            "Alexis", "Jean-Louis", "Saint-Fleur", "Noël", "Paul", "Michel", "Cadet", "Dorvil", "Toussaint",
            "Célestin", "Delva", "Jeune", "Estimé", "Lafortune", "Bien-Aimé", "Dorcely", "Philippe",
        ];

        private static readonly string[] AmericanMale = ["Michael", "David", "Christopher", "Anthony", "Daniel", "Joshua", "Brandon", "Kevin", "Jose", "Luis", "Adrian", "Steven"];

        private static readonly string[] AmericanFemale = ["Jessica", "Ashley", "Jennifer", "Stephanie", "Vanessa", "Maria", "Angelica", "Brenda", "Cynthia", "Monica"];

        private static readonly string[] CounselOrganizations =
        [
            "Frontera Legal Aid Project", "Gulf Coast Immigrant Defense Clinic", "Desert Justice Collaborative",
            "Cascadia Detention Counsel Network", "Capital Area Habeas Project", "Piedmont Immigrant Law Center",
            "Great Lakes Removal Defense Clinic", "Bayou Legal Access Project",
        ];

        private static readonly string[] StayIssuers =
        [
            "Board of Immigration Appeals", "Board of Immigration Appeals", "Board of Immigration Appeals",
            "U.S. Court of Appeals for the Fifth Circuit", "U.S. Court of Appeals for the Ninth Circuit",
            "U.S. Court of Appeals for the Eleventh Circuit",
        ];

        private static readonly string[] ClaimEvidence = ["birth_certificate", "passport", "naturalization_certificate"];

        private readonly Random _rng = new(seed);
        private readonly List<JsonObject> _header = [];
        private readonly List<Timed> _timed = [];
        private readonly Dictionary<string, Facility> _facilityById = new(StringComparer.Ordinal);
        private readonly List<Facility> _intake = [];
        private readonly HashSet<int> _aNumbers = [];
        private readonly HashSet<int> _caseNumbers = [];
        private readonly Dictionary<string, Movement> _movements = new(StringComparer.Ordinal);
        private readonly List<Person> _people = [];
        private int _intakeCapacity;
        private int _instruments;
        private int _flights = 1000;
        private int _buses = 100;
        private int _sequence;

        public void Run()
        {
            RegisterFacilities();
            var roles = AssignRoles();
            for (var i = 0; i < roles.Length; i++)
            {
                switch (roles[i])
                {
                    case Role.FamilyParent:
                        var children = 0;
                        while (i + children + 1 < roles.Length && roles[i + children + 1] == Role.FamilyChild)
                        {
                            children++;
                        }

                        Family(i, children);
                        i += children;
                        break;
                    case Role.Flight or Role.FlightProtected or Role.FlightCitizen:
                        FlightPerson(i, roles[i]);
                        break;
                    default:
                        Ordinary(i, roles[i]);
                        break;
                }
            }

            CourtOrders();
        }

        public IEnumerable<JsonObject> Lines()
        {
            _timed.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Sequence.CompareTo(b.Sequence));

            // Instrument ids follow file order (I-00001 is the earliest); instrument.ended follows its instrument.
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var timed in _timed)
            {
                if (timed.Json["instrument"] is { } node)
                {
                    var old = node.GetValue<string>();
                    if (!renamed.TryGetValue(old, out var id))
                    {
                        id = "I-" + (renamed.Count + 1).ToString("D5", CultureInfo.InvariantCulture);
                        renamed.Add(old, id);
                    }

                    timed.Json["instrument"] = id;
                }
            }

            return _header.Concat(_timed.Select(static t => t.Json));
        }

        // ---- facilities -------------------------------------------------------------------------------------

        private void RegisterFacilities()
        {
            foreach (var (id, name, kind, authority) in UsFacilities)
            {
                var capacity = kind switch
                {
                    "detention" => _rng.Next(8, 61) * 50,
                    "jail" => _rng.Next(2, 17) * 50,
                    "holding" => _rng.Next(2, 9) * 50,
                    _ => _rng.Next(16, 41) * 50,
                };
                var facility = AddFacility(id, name, "US", authority, kind, capacity);
                if (id != FamilyCenter)
                {
                    _intake.Add(facility);
                    _intakeCapacity += capacity;
                }
            }

            AddFacility(TexasStaging, "Valle Bajo Staging Facility", "US", Ice, "holding", _rng.Next(20, 31) * 50);
            AddFacility(LouisianaStaging, "Red River Staging Facility", "US", Ice, "holding", _rng.Next(8, 17) * 50);
            AddFacility(MegaPrison, "Centro de Confinamiento Cerro Tinto", "SV", "SV-PRISONS", "prison", 40000);
            AddFacility("F-GT-01", "Centro de Recepción de Retornados Ciudad Quetzal", "GT", "GT-IGM", "holding", _rng.Next(8, 17) * 50);
            AddFacility("F-HN-01", "Centro de Atención al Migrante Retornado Los Pinares", "HN", "HN-INM", "holding", _rng.Next(8, 17) * 50);
            AddFacility("F-MX-01", "Estación Migratoria Río Bravo Norte", "MX", "MX-INM", "detention", _rng.Next(10, 31) * 50);
            AddFacility("F-PA-01", "Estación de Recepción Migratoria Laguna Azul", "PA", "PA-SNM", "holding", _rng.Next(4, 13) * 50);
        }

        private Facility AddFacility(string id, string name, string country, string authority, string kind, int capacity)
        {
            var state = country == "US" ? id.Substring(5, 2) : string.Empty;
            var facility = new Facility(id, name, country, authority, kind, capacity, state);
            _facilityById.Add(id, facility);
            _header.Add(new JsonObject
            {
                ["type"] = "facility.registered",
                ["facility"] = id,
                ["name"] = name,
                ["country"] = country,
                ["authority"] = authority,
                ["capacity"] = capacity,
                ["kind"] = kind,
            });
            return facility;
        }

        private string PickIntake(string? except = null)
        {
            while (true)
            {
                var ticket = _rng.Next(_intakeCapacity);
                foreach (var facility in _intake)
                {
                    ticket -= facility.Capacity;
                    if (ticket < 0)
                    {
                        if (facility.Id != except)
                        {
                            return facility.Id;
                        }

                        break;
                    }
                }
            }
        }

        // ---- roles ------------------------------------------------------------------------------------------

        private Role[] AssignRoles()
        {
            var roles = new Role[personCount];
            // A handful of family units: a parent followed by one or two minor children, ids consecutive.
            var families = personCount / 400;
            for (var f = 0; f < families; f++)
            {
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var children = _rng.Next(1, 3);
                    var start = _rng.Next(personCount - children);
                    if (Enumerable.Range(start, children + 1).All(j => roles[j] == Role.Regular))
                    {
                        roles[start] = Role.FamilyParent;
                        for (var c = 1; c <= children; c++)
                        {
                            roles[start + c] = Role.FamilyChild;
                        }

                        break;
                    }
                }
            }

            var flightSize = Math.Min(250, personCount / 20);
            var placed = 0;
            while (placed < flightSize)
            {
                var j = _rng.Next(personCount);
                if (roles[j] != Role.Regular)
                {
                    continue;
                }

                roles[j] = placed switch
                {
                    0 when flightSize >= 3 => Role.FlightProtected,
                    1 when flightSize >= 3 => Role.FlightCitizen,
                    _ => Role.Flight,
                };
                placed++;
            }

            // About 1% are U.S. citizens (the flight's one included), detained by mistake.
            var citizens = personCount / 100 - (flightSize >= 3 ? 1 : 0);
            while (citizens > 0)
            {
                var j = _rng.Next(personCount);
                if (roles[j] == Role.Regular)
                {
                    roles[j] = Role.Citizen;
                    citizens--;
                }
            }

            return roles;
        }

        // ---- persons ----------------------------------------------------------------------------------------

        private static string PersonId(int index) => "P-" + (index + 1).ToString("D5", CultureInfo.InvariantCulture);

        private Person Record(int index, Role role, string nationality, string sex, DateOnly dob, (string Given, string[] Surnames)? name = null, JsonArray? languages = null)
        {
            var citizen = role is Role.Citizen or Role.FlightCitizen;
            var culture = citizen ? Culture.American : CultureOf(nationality);
            var (given, surnames) = name ?? (GivenNames(culture, sex), Surnames(culture));
            var person = new Person { Id = PersonId(index), Role = role, Nationality = nationality };
            var json = new JsonObject
            {
                ["type"] = "person.recorded",
                ["person"] = person.Id,
                ["given"] = given,
                ["surnames"] = Strings(surnames),
            };
            if (_rng.NextDouble() < 0.02)
            {
                // The name as another source spelled it: without accents, first given name and first surname only.
                json["aliases"] = Strings([Plain(given.Split(' ')[0] + " " + surnames[0])]);
            }

            json["dob"] = Date(dob);
            json["sex"] = sex;
            json["birth_country"] = nationality;
            json["nationalities"] = Strings(NationalitiesOf(nationality));
            json["languages"] = languages?.DeepClone() ?? Strings(Languages(nationality));
            var ids = new JsonObject();
            if (!citizen)
            {
                ids["a_number"] = NewANumber();
            }

            json["ids"] = ids;
            _header.Add(json);
            _people.Add(person);
            if (citizen)
            {
                EmitOn(dob.AddDays(_rng.Next(2, 30)), NewInstrument(person, "us_citizenship", new()
                {
                    ["evidence"] = Strings(["birth_certificate"]),
                    ["issuer"] = "State vital records",
                }));
            }

            return person;
        }

        private static Culture CultureOf(string nationality) => nationality switch
        {
            "BR" => Culture.Portuguese,
            "HT" => Culture.Haitian,
            "GT" => Culture.Mayan,
            "US" => Culture.American,
            _ => Culture.Spanish,
        };

        private string GivenNames(Culture culture, string sex)
        {
            var male = sex == "male";
            var (pool, second) = culture switch
            {
                Culture.Portuguese => (male ? PortugueseMale : PortugueseFemale, 0.35),
                Culture.Haitian => (male ? HaitianMale : HaitianFemale, 0.3),
                Culture.American => (male ? AmericanMale : AmericanFemale, 0.1),
                _ => (male ? SpanishMale : SpanishFemale, 0.45),
            };
            var first = Pick(pool);
            if (_rng.NextDouble() >= second)
            {
                return first;
            }

            var other = Pick(pool);
            return other == first ? first : first + " " + other;
        }

        private string[] Surnames(Culture culture)
        {
            switch (culture)
            {
                case Culture.Haitian:
                    return [Pick(HaitianSurnames)];
                case Culture.Portuguese:
                    return _rng.NextDouble() < 0.55 ? [Pick(PortugueseSurnames), Pick(PortugueseSurnames)] : [Pick(PortugueseSurnames)];
                case Culture.American:
                    return _rng.NextDouble() < 0.15 ? [Plain(Pick(SpanishSurnames)), Plain(Pick(SpanishSurnames))] : [Plain(Pick(SpanishSurnames))];
                default:
                    var paternal = SpanishSurname(culture);
                    return _rng.NextDouble() < 0.82 ? [paternal, SpanishSurname(culture)] : [paternal];
            }
        }

        private string SpanishSurname(Culture culture) =>
            culture == Culture.Mayan && _rng.NextDouble() < 0.35 ? Pick(MayanSurnames) : Pick(SpanishSurnames);

        private string[] NationalitiesOf(string nationality)
        {
            // A few dual nationals, as on real lists.
            if (_rng.NextDouble() < 0.01)
            {
                switch (nationality)
                {
                    case "VE": return ["VE", "CO"];
                    case "CO": return ["CO", "VE"];
                    case "CU": return ["CU", "ES"];
                }
            }

            return [nationality];
        }

        private List<string> Languages(string nationality)
        {
            var u = _rng.NextDouble();
            List<string> languages = nationality switch
            {
                "BR" => u < 0.1 ? ["pt", "es"] : ["pt"],
                "HT" => u < 0.4 ? ["ht", "fr"] : u < 0.5 ? ["ht", "es"] : ["ht"],
                "US" => u < 0.5 ? ["en", "es"] : ["en"],
                "GT" => u < 0.03 ? ["quc"] : u < 0.2 ? ["quc", "es"] : u < 0.23 ? ["mam"] : u < 0.3 ? ["mam", "es"] : ["es"],
                "MX" => u < 0.02 ? ["nah", "es"] : u < 0.03 ? ["tzo", "es"] : u < 0.04 ? ["mix", "es"] : ["es"],
                "HN" => u < 0.03 ? ["cab", "es"] : ["es"],
                "EC" => u < 0.08 ? ["qu", "es"] : ["es"],
                _ => ["es"],
            };
            if (nationality != "US" && _rng.NextDouble() < 0.08)
            {
                languages.Add("en");
            }

            return languages;
        }

        private string NewANumber()
        {
            int n;
            do
            {
                n = _rng.Next(200_000_000, 300_000_000);
            }
            while (!_aNumbers.Add(n));

            return string.Create(CultureInfo.InvariantCulture, $"A-{n / 1_000_000:D3}-{n / 1000 % 1000:D3}-{n % 1000:D3}");
        }

        private DateOnly DateOfBirth(int minAge, int maxAge, bool skewYoung)
        {
            var u = _rng.NextDouble();
            var age = minAge + (int)((maxAge - minAge + 1) * (skewYoung ? u * u : u));
            return AgeReference.AddYears(-Math.Min(age, maxAge)).AddDays(-_rng.Next(0, 365));
        }

        private string DrawNationality()
        {
            var total = Nationalities.Sum(static n => n.Weight);
            var ticket = _rng.Next(total);
            foreach (var (nationality, weight) in Nationalities)
            {
                ticket -= weight;
                if (ticket < 0)
                {
                    return nationality;
                }
            }

            return Nationalities[0].Nationality;
        }

        // ---- ordinary custody -------------------------------------------------------------------------------

        private void Ordinary(int index, Role role)
        {
            var citizen = role == Role.Citizen;
            var nationality = citizen ? "US" : DrawNationality();
            var sex = _rng.NextDouble() < 0.72 ? "male" : "female";
            var person = Record(index, role, nationality, sex, DateOfBirth(18, 65, skewYoung: true));

            var withholding = !citizen && _rng.NextDouble() < 0.04;
            var cat = !citizen && !withholding && _rng.NextDouble() < 0.022;
            // Withholding and CAT protection are granted together with an order of removal (8 C.F.R. 1208.16).
            var removalOrder = !citizen && (_rng.NextDouble() < 0.49 || withholding || cat);
            var stay = removalOrder && _rng.NextDouble() < 0.06;
            var claim = !citizen && _rng.NextDouble() < 0.006;
            var removable = removalOrder && !withholding && !cat && !stay && !claim;
            var u = _rng.NextDouble();
            var plan = _rng.NextDouble() < 0.003 ? Outcome.Unaccounted
                : removable ? (u < 0.85 ? Outcome.Removed : u < 0.93 ? Outcome.Released : Outcome.Held)
                : citizen ? (u < 0.7 ? Outcome.Released : Outcome.Held)
                : u < 0.45 ? Outcome.Released : Outcome.Held;

            // Custody began over the whole period, a little more often later (detention grew in 2025).
            var span = (DateOnly.FromDateTime(RangeEnd).AddDays(-10).DayNumber - DateOnly.FromDateTime(RangeStart).DayNumber) * 1440;
            var v = _rng.NextDouble();
            var began = RangeStart.AddMinutes((int)(span * (0.3 * v + 0.7 * Math.Sqrt(v))));
            Begin(person, PickIntake(), began);

            var w = _rng.NextDouble();
            var transfers = w < 0.25 ? 0 : w < 0.6 ? 1 : w < 0.85 ? 2 : 3;
            if (plan == Outcome.Removed)
            {
                transfers = Math.Min(transfers, 2); // the move to a staging facility is the third
            }

            for (var t = 0; t < transfers; t++)
            {
                var date = DateOf(person.Last).AddDays(_rng.Next(2, 36));
                if (date > LastDay)
                {
                    break;
                }

                Transfer(person, date, PickIntake(except: person.Location));
            }

            switch (plan)
            {
                case Outcome.Removed:
                    RemoveHome(person);
                    break;
                case Outcome.Released:
                    Release(person, DateOf(person.Last).AddDays(_rng.Next(2, 90)));
                    break;
                case Outcome.Unaccounted:
                    Unaccounted(person, DateOf(person.Last).AddDays(_rng.Next(2, 60)));
                    break;
            }

            // Instruments, placed sensibly against the custody just drawn.
            var beganDate = DateOf(person.Began);
            var custodyEnd = person.CustodyEnd ?? RangeEnd;
            DateOnly? protectionDate = null;
            if (withholding || cat)
            {
                protectionDate = RandomDate(new DateOnly(2012, 1, 1), beganDate.AddDays(-60));
                var fields = new JsonObject { ["country"] = nationality };
                if (cat)
                {
                    fields["form"] = _rng.NextDouble() < 0.6 ? "deferral" : "withholding";
                }

                fields["issuer"] = ImmigrationCourt;
                fields["issued_at"] = Date(protectionDate.Value);
                fields["effective_from"] = Date(protectionDate.Value);
                EmitOn(protectionDate.Value, NewInstrument(person, withholding ? "withholding_of_removal" : "cat_protection", fields));
            }

            if (removalOrder)
            {
                // An immigration judge who grants protection orders removal in the same decision.
                var earliest = beganDate.AddDays(5);
                var latest = DateOf(custodyEnd).AddDays(-2);
                var date = protectionDate
                    ?? (_rng.NextDouble() < 0.4 || latest < earliest
                        ? RandomDate(new DateOnly(2008, 1, 1), beganDate.AddDays(-30))
                        : RandomDate(earliest, latest));
                EmitOn(date, NewInstrument(person, "final_removal_order", new()
                {
                    ["countries"] = Strings([nationality]),
                    ["issuer"] = ImmigrationCourt,
                    ["issued_at"] = Date(date),
                }));
            }

            if (stay)
            {
                var issuer = Pick(StayIssuers);
                var from = person.Began.AddDays(3);
                var to = custodyEnd.AddDays(-1);
                if (from < to)
                {
                    var at = RandomInstant(from, to);
                    EmitAt(at, NewInstrument(person, "stay_of_removal", new()
                    {
                        ["issuer"] = issuer,
                        ["issued_at"] = Instant(at),
                        ["effective_from"] = Instant(at),
                    }));
                }
                else
                {
                    var date = RandomDate(beganDate.AddDays(-200), beganDate.AddDays(-10));
                    EmitOn(date, NewInstrument(person, "stay_of_removal", new()
                    {
                        ["issuer"] = issuer,
                        ["issued_at"] = Date(date),
                        ["effective_from"] = Date(date),
                    }));
                }
            }

            if (claim || (citizen && _rng.NextDouble() < 0.3))
            {
                var latest = DateOf(custodyEnd);
                var date = latest > beganDate ? RandomDate(beganDate.AddDays(1), latest) : beganDate;
                var instrument = NewInstrument(person, "citizenship_claim", new()
                {
                    ["evidence"] = Strings([citizen ? "birth_certificate" : Pick(ClaimEvidence)]),
                });
                EmitOn(date, instrument);
                var ended = date.AddDays(_rng.Next(20, 61));
                if (!citizen && _rng.NextDouble() < 0.5 && ended <= LastDay)
                {
                    EmitOn(ended, new JsonObject
                    {
                        ["type"] = "instrument.ended",
                        ["instrument"] = instrument["instrument"]!.GetValue<string>(),
                        ["reason"] = "resolved_not_citizen",
                    });
                }
            }

            if (!citizen && !removalOrder && _rng.NextDouble() < 0.25)
            {
                var date = _rng.NextDouble() < 0.4 ? RandomDate(beganDate.AddDays(-900), beganDate.AddDays(-30)) : RandomDate(beganDate.AddDays(3), DateOf(custodyEnd));
                EmitOn(date, NewInstrument(person, "asylum_application", new()
                {
                    ["details"] = new JsonObject { ["form"] = "I-589" },
                }));
            }

            if (!removalOrder && person.Outcome == Outcome.Held && _rng.NextDouble() < 0.4)
            {
                // A master or merits hearing set while the case is pending.
                var at = RandomInstant(person.Began.AddDays(2), RangeEnd.AddDays(-1));
                var hearing = DateOf(at).AddDays(_rng.Next(14, 91)).ToDateTime(new TimeOnly(_rng.Next(13, 22), _rng.Next(0, 4) * 15), DateTimeKind.Utc);
                EmitAt(at, NewInstrument(person, "hearing_scheduled", new()
                {
                    ["issuer"] = ImmigrationCourt,
                    ["hearing_at"] = Instant(hearing),
                }));
            }

            if (_rng.NextDouble() < 0.18)
            {
                Counsel(person, person.Began.AddHours(2), custodyEnd.AddHours(-1));
            }
        }

        private void RemoveHome(Person person)
        {
            var country = person.Nationality;
            var here = _facilityById[person.Location!];
            if (country == "MX" && BorderStates.Contains(here.State))
            {
                // Removal to Mexico from a border state goes by bus to a port of entry.
                var date = DateOf(person.Last).AddDays(_rng.Next(1, 8));
                if (date <= LastDay)
                {
                    var bus = GetMovement("R|MX|" + here.Id + "|" + Date(date), "ground", 5, 12);
                    Remove(person, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + bus.TimeOfDay, country, null, "title8_order", bus);
                }

                return;
            }

            if (person.Location is not (TexasStaging or LouisianaStaging))
            {
                var date = DateOf(person.Last).AddDays(_rng.Next(2, 30));
                if (date > LastDay)
                {
                    return;
                }

                Transfer(person, date, _rng.NextDouble() < 0.55 ? TexasStaging : LouisianaStaging);
            }

            var day = DateOf(person.Last).AddDays(_rng.Next(1, 7));
            if (day > LastDay)
            {
                return;
            }

            var flight = GetMovement("R|" + country + "|" + person.Location + "|" + Date(day), "air", 8, 22);
            Remove(person, day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + flight.TimeOfDay, country, null, "title8_order", flight);
        }

        // ---- families ---------------------------------------------------------------------------------------

        private void Family(int index, int children)
        {
            var nationality = Pick(FamilyNationalities);
            var culture = CultureOf(nationality);
            var parentSex = _rng.NextDouble() < 0.8 ? "female" : "male";
            var parentDob = DateOfBirth(24, 45, skewYoung: false);
            var parent = Record(index, Role.FamilyParent, nationality, parentSex, parentDob);
            var parentName = _header[^1]["surnames"]!.AsArray().Select(static s => s!.GetValue<string>()).ToArray();
            var parentLanguages = _header[^1]["languages"]!.AsArray();
            var otherSurname = SpanishSurname(culture);

            var members = new List<(Person Person, DateOnly Dob)>();
            for (var c = 1; c <= children; c++)
            {
                var sex = _rng.NextDouble() < 0.5 ? "male" : "female";
                var dob = DateOfBirth(2, 17, skewYoung: false);
                if (dob.Year - parentDob.Year < 17)
                {
                    dob = parentDob.AddYears(17 + _rng.Next(0, 6));
                }

                // Children carry the father's first surname, then the mother's.
                string[] surnames = parentSex == "female" ? [otherSurname, parentName[0]] : [parentName[0], otherSurname];
                var child = Record(index + c, Role.FamilyChild, nationality, sex, dob, (GivenNames(culture, sex), surnames), parentLanguages);
                members.Add((child, dob));
            }

            var span = (DateOnly.FromDateTime(RangeEnd).AddDays(-15).DayNumber - DateOnly.FromDateTime(RangeStart).DayNumber) * 1440;
            var began = RangeStart.AddMinutes(_rng.Next(span));
            Begin(parent, FamilyCenter, began);
            foreach (var (child, dob) in members)
            {
                Begin(child, FamilyCenter, began);
                EmitOn(dob, new JsonObject
                {
                    ["type"] = "relation.recorded",
                    ["person"] = parent.Id,
                    ["relation"] = "parent_of",
                    ["other"] = child.Id,
                });
            }

            // Families are released together, within the 20 days the Flores settlement allows for children.
            var released = DateOf(began).AddDays(_rng.Next(5, 21));
            Release(parent, released);
            var at = parent.CustodyEnd;
            foreach (var (child, _) in members)
            {
                if (at is { } t)
                {
                    Release(child, t);
                }
            }

            if (_rng.NextDouble() < 0.3)
            {
                Counsel(parent, began.AddHours(6), (parent.CustodyEnd ?? RangeEnd).AddHours(-1));
            }
        }

        // ---- the removal flight -----------------------------------------------------------------------------

        private void FlightPerson(int index, Role role)
        {
            var nationality = role switch
            {
                Role.FlightProtected => "SV",
                Role.FlightCitizen => "US",
                _ => _rng.NextDouble() < 0.91 ? "VE" : "SV",
            };
            var dob = role == Role.FlightProtected ? DateOfBirth(26, 40, skewYoung: false) : DateOfBirth(19, 50, skewYoung: true);
            var person = Record(index, role, nationality, "male", dob);
            person.Aea = nationality == "VE" && _rng.NextDouble() < 0.88;

            var window = (new DateTime(2025, 3, 8, 0, 0, 0, DateTimeKind.Utc) - new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc)).TotalMinutes;
            var began = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes((int)(window * Math.Sqrt(_rng.NextDouble())));
            Begin(person, PickIntake(), began);
            var transfers = _rng.Next(0, 3);
            for (var t = 0; t < transfers; t++)
            {
                var date = DateOf(person.Last).AddDays(_rng.Next(2, 15));
                if (date >= FlightFeedersBefore)
                {
                    break;
                }

                Transfer(person, date, PickIntake(except: person.Location));
            }

            Transfer(person, FlightStagingFrom.AddDays(_rng.Next(0, 4)), TexasStaging);

            var beganDate = DateOf(person.Began);
            if (role == Role.FlightProtected)
            {
                // Withholding of removal to El Salvador, granted with the order of removal (8 U.S.C. 1231(b)(3)).
                var granted = new DateOnly(2019, 10, 10);
                EmitOn(granted, NewInstrument(person, "final_removal_order", new()
                {
                    ["countries"] = Strings(["SV"]),
                    ["issuer"] = ImmigrationCourt,
                    ["issued_at"] = Date(granted),
                }));
                EmitOn(granted, NewInstrument(person, "withholding_of_removal", new()
                {
                    ["country"] = "SV",
                    ["issuer"] = ImmigrationCourt,
                    ["issued_at"] = Date(granted),
                    ["effective_from"] = Date(granted),
                }));
                Counsel(person, new DateTime(2019, 6, 3, 15, 0, 0, DateTimeKind.Utc), new DateTime(2019, 6, 3, 15, 0, 0, DateTimeKind.Utc));
            }
            else if (role == Role.Flight && (!person.Aea || _rng.NextDouble() < 0.2))
            {
                var date = _rng.NextDouble() < 0.5
                    ? RandomDate(new DateOnly(2016, 1, 1), beganDate.AddDays(-30))
                    : RandomDate(beganDate.AddDays(1), new DateOnly(2025, 3, 10));
                EmitOn(date, NewInstrument(person, "final_removal_order", new()
                {
                    ["countries"] = Strings([nationality]),
                    ["issuer"] = ImmigrationCourt,
                    ["issued_at"] = Date(date),
                }));
            }

            if (person.Aea)
            {
                var at = RandomInstant(new DateTime(2025, 3, 14, 12, 0, 0, DateTimeKind.Utc), new DateTime(2025, 3, 15, 18, 0, 0, DateTimeKind.Utc));
                EmitAt(at, NewInstrument(person, "alien_enemy_designation", new()
                {
                    ["issuer"] = "U.S. Immigration and Customs Enforcement",
                    ["issued_at"] = Instant(at),
                }));
            }

            var transport = new Movement(FlightId, "air", FlightDeparture.TimeOfDay);
            Remove(person, FlightDeparture, "SV", MegaPrison, person.Aea ? "alien_enemies_act" : "title8_order", transport);
            EmitAt(FlightArrival, new JsonObject
            {
                ["type"] = "custody.handed_over",
                ["person"] = person.Id,
                ["facility"] = MegaPrison,
                ["authority"] = Ice,
                ["transport"] = Transport(transport),
            });
            person.Location = MegaPrison;
            person.Last = FlightArrival;

            if (_rng.NextDouble() < 0.2)
            {
                Counsel(person, new DateTime(2025, 3, 17, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 5, 31, 0, 0, 0, DateTimeKind.Utc));
            }
        }

        // ---- court orders -----------------------------------------------------------------------------------

        private void CourtOrders()
        {
            var flight = _people.Where(static p => p.Role == Role.Flight && p.Aea).ToList();
            var shuffled = flight.OrderBy(_ => _rng.Next()).ToList();
            var plaintiffs = shuffled.Take(5).ToList();
            var classMembers = shuffled.Skip(5).Take(10).ToList();
            var protectedPerson = _people.FirstOrDefault(static p => p.Role == Role.FlightProtected);
            var citizen = _people.FirstOrDefault(static p => p.Role == Role.FlightCitizen);
            const string Dc = "U.S. District Court for the District of Columbia";
            const string Maryland = "U.S. District Court for the District of Maryland";

            var orders = new List<(DateTime At, List<Person> Persons, string Court, string Case, JsonArray Requires)>();
            void Add(DateTime at, List<Person> persons, string court, string caseNumber, JsonArray requires)
            {
                if (persons.Count > 0)
                {
                    orders.Add((at, persons, court, caseNumber, requires));
                }
            }

            // A temporary restraining order, issued while the flight is in the air.
            Add(Utc(2025, 3, 15, 22, 45), plaintiffs, Dc, NewCase(), [Require("halt_transfer")]);

            if (protectedPerson is not null)
            {
                var caseNumber = NewCase();
                Add(Utc(2025, 4, 4, 18, 0), [protectedPerson], Maryland, caseNumber, [Require("facilitate_return", Utc(2025, 4, 8, 3, 59))]);
                Add(Utc(2025, 4, 15, 20, 30), [protectedPerson], Maryland, caseNumber, [Require("status_report", every: "P1D")]);
            }

            Add(Utc(2025, 4, 19, 5, 0), HeldCandidates(Utc(2025, 4, 19, 5, 0), 8, "TX", "VE"), "U.S. District Court for the Northern District of Texas", NewCase(), [Require("halt_transfer")]);

            if (citizen is not null)
            {
                Add(Utc(2025, 4, 22, 19, 0), [citizen], Dc, NewCase(), [Require("facilitate_return", Utc(2025, 4, 29, 21, 0)), Require("status_report", every: "P7D")]);
            }

            var classCase = NewCase();
            Add(Utc(2025, 5, 20, 17, 0), classMembers, "U.S. District Court for the Southern District of Texas", classCase, [Require("facilitate_return", Utc(2025, 6, 3, 21, 0))]);
            Add(Utc(2025, 6, 4, 15, 0), classMembers, "U.S. District Court for the Southern District of Texas", classCase, [Require("status_report", every: "P7D")]);

            foreach (var at in new[] { Utc(2025, 7, 10, 17, 0), Utc(2025, 8, 21, 15, 30), Utc(2025, 9, 30, 19, 15) })
            {
                var persons = HeldCandidates(at, _rng.Next(1, 4), null, null);
                var state = persons.Count > 0 ? _facilityById[persons[0].Location!].State : "TX";
                var district = Districts.FirstOrDefault(d => d.State == state).District ?? "Southern District of Texas";
                Add(at, persons, "U.S. District Court for the " + district, NewCase(), [Require("halt_transfer")]);
            }

            var number = 0;
            foreach (var (at, persons, court, caseNumber, requires) in orders)
            {
                number++;
                EmitAt(at, new JsonObject
                {
                    ["type"] = "order.issued",
                    ["order"] = "O-" + number.ToString(CultureInfo.InvariantCulture),
                    ["persons"] = Strings(persons.Select(static p => p.Id)),
                    ["court"] = court,
                    ["case"] = caseNumber,
                    ["issued_at"] = Instant(at),
                    ["requires"] = requires,
                });
            }

            if (protectedPerson is not null)
            {
                EmitAt(ReturnedAt, new JsonObject
                {
                    ["type"] = "person.returned",
                    ["person"] = protectedPerson.Id,
                    ["from"] = MegaPrison,
                    ["to"] = ReturnFacility,
                    ["authority"] = Ice,
                    ["basis"] = CivilImmigration,
                });
                protectedPerson.Location = ReturnFacility;
                protectedPerson.Last = ReturnedAt;
            }
        }

        /// <summary>Persons still held in the United States at <paramref name="at"/>, with no custody event after it.</summary>
        private List<Person> HeldCandidates(DateTime at, int count, string? state, string? nationality)
        {
            bool Fits(Person p, string? inState, string? ofNationality) =>
                p.Role is Role.Regular or Role.Citizen && p.Outcome == Outcome.Held && !p.HasOrderingCourt
                && p.Last < at.AddDays(-1) && p.Location is { } l && _facilityById[l].Country == "US"
                && (inState is null || _facilityById[l].State == inState) && (ofNationality is null || p.Nationality == ofNationality);

            // Relax the nationality first, then the state, when too few persons fit.
            var candidates = _people.Where(p => Fits(p, state, nationality)).ToList();
            if (candidates.Count < 3)
            {
                candidates = _people.Where(p => Fits(p, state, null)).ToList();
            }

            if (candidates.Count < 3)
            {
                candidates = _people.Where(p => Fits(p, null, null)).ToList();
            }

            if (count > 1 && candidates.Count > 0 && state is null)
            {
                // Several petitioners in one case are held in the same facility.
                var facility = Pick(candidates).Location;
                candidates = candidates.Where(p => p.Location == facility).ToList();
            }

            var chosen = candidates.OrderBy(_ => _rng.Next()).Take(count).ToList();
            foreach (var p in chosen)
            {
                p.HasOrderingCourt = true;
            }

            return chosen;
        }

        private string NewCase()
        {
            int n;
            do
            {
                n = _rng.Next(100, 1000);
            }
            while (!_caseNumbers.Add(n));

            return "1:25-cv-00" + n.ToString(CultureInfo.InvariantCulture);
        }

        private static JsonObject Require(string action, DateTime? due = null, string? every = null)
        {
            var requirement = new JsonObject { ["action"] = action };
            if (due is { } d)
            {
                requirement["due"] = Instant(d);
            }

            if (every is not null)
            {
                requirement["every"] = every;
            }

            return requirement;
        }

        // ---- custody events ---------------------------------------------------------------------------------

        private void Begin(Person person, string facility, DateTime at)
        {
            person.Location = facility;
            person.Began = at;
            person.Last = at;
            EmitAt(at, new JsonObject
            {
                ["type"] = "custody.began",
                ["person"] = person.Id,
                ["facility"] = facility,
                ["authority"] = Ice,
                ["basis"] = CivilImmigration,
            });
        }

        /// <summary>Moves a person on <paramref name="date"/> (a later day than their last event) by a shared bus or flight.</summary>
        private void Transfer(Person person, DateOnly date, string to)
        {
            var from = person.Location!;
            var air = _facilityById[from].State != _facilityById[to].State && _rng.NextDouble() < 0.7;
            var mode = air ? "air" : "ground";
            var movement = GetMovement("T|" + from + "|" + to + "|" + Date(date) + "|" + mode, mode, 6, 21);
            var at = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + movement.TimeOfDay;
            EmitAt(at, new JsonObject
            {
                ["type"] = "custody.transferred",
                ["person"] = person.Id,
                ["from"] = from,
                ["to"] = to,
                ["authority"] = Ice,
                ["basis"] = CivilImmigration,
                ["transport"] = Transport(movement),
            });
            person.Location = to;
            person.Last = at;
        }

        private void Remove(Person person, DateTime at, string country, string? to, string basis, Movement transport)
        {
            var json = new JsonObject
            {
                ["type"] = "person.removed",
                ["person"] = person.Id,
                ["from"] = person.Location,
                ["country"] = country,
            };
            if (to is not null)
            {
                json["to"] = to;
            }

            json["authority"] = Ice;
            json["basis"] = basis;
            json["transport"] = Transport(transport);
            EmitAt(at, json);
            person.Outcome = Outcome.Removed;
            person.Location = to;
            person.Last = at;
            person.CustodyEnd = at;
        }

        private void Release(Person person, DateOnly date) =>
            Release(person, date.ToDateTime(new TimeOnly(_rng.Next(8, 20), _rng.Next(0, 60)), DateTimeKind.Utc));

        private void Release(Person person, DateTime at)
        {
            if (at > RangeEnd || at <= person.Last)
            {
                return;
            }

            EmitAt(at, new JsonObject
            {
                ["type"] = "custody.released",
                ["person"] = person.Id,
                ["facility"] = person.Location,
            });
            person.Outcome = Outcome.Released;
            person.Last = at;
            person.CustodyEnd = at;
        }

        private void Unaccounted(Person person, DateOnly date)
        {
            var at = date.ToDateTime(new TimeOnly(_rng.Next(0, 24), _rng.Next(0, 60)), DateTimeKind.Utc);
            if (at > RangeEnd)
            {
                return;
            }

            EmitAt(at, new JsonObject
            {
                ["type"] = "custody.unaccounted",
                ["person"] = person.Id,
                ["last_known"] = person.Location,
            });
            person.Outcome = Outcome.Unaccounted;
            person.Last = at;
            person.CustodyEnd = at;
        }

        private void Counsel(Person person, DateTime from, DateTime to)
        {
            if (from > RangeEnd)
            {
                return;
            }

            var at = RandomInstant(from, to < RangeEnd ? to : RangeEnd);
            EmitAt(at, NewInstrument(person, "counsel_of_record", new()
            {
                ["details"] = new JsonObject { ["organization"] = Pick(CounselOrganizations) },
            }));
        }

        private Movement GetMovement(string key, string mode, int firstHour, int lastHour)
        {
            if (!_movements.TryGetValue(key, out var movement))
            {
                var id = mode == "air"
                    ? "FL-" + (++_flights).ToString(CultureInfo.InvariantCulture)
                    : "BUS-" + (++_buses).ToString(CultureInfo.InvariantCulture);
                movement = new Movement(id, mode, new TimeSpan(_rng.Next(firstHour, lastHour), _rng.Next(0, 12) * 5, 0));
                _movements.Add(key, movement);
            }

            return movement;
        }

        private static JsonObject Transport(Movement movement) => new() { ["id"] = movement.Id, ["mode"] = movement.Mode };

        private JsonObject NewInstrument(Person person, string kind, JsonObject fields)
        {
            _instruments++;
            var json = new JsonObject
            {
                ["type"] = "instrument.recorded",
                ["instrument"] = "I-" + _instruments.ToString("D5", CultureInfo.InvariantCulture),
                ["person"] = person.Id,
                ["kind"] = kind,
            };
            foreach (var name in fields.Select(static f => f.Key).ToList())
            {
                var value = fields[name];
                fields.Remove(name);
                json[name] = value;
            }

            return json;
        }

        // ---- time, randomness, JSON -------------------------------------------------------------------------

        private void EmitAt(DateTime at, JsonObject json)
        {
            json["occurred_at"] = Instant(at);
            _timed.Add(new Timed(at, _sequence++, json));
        }

        private void EmitOn(DateOnly date, JsonObject json)
        {
            json["occurred_at"] = Date(date);
            _timed.Add(new Timed(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), _sequence++, json));
        }

        private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

        private static DateOnly DateOf(DateTime at) => DateOnly.FromDateTime(at);

        private static string Instant(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private DateOnly RandomDate(DateOnly from, DateOnly to) =>
            to <= from ? from : from.AddDays(_rng.Next(0, to.DayNumber - from.DayNumber + 1));

        private DateTime RandomInstant(DateTime from, DateTime to) =>
            to <= from ? from : from.AddMinutes(_rng.Next(0, (int)(to - from).TotalMinutes + 1));

        private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

        private static JsonArray Strings(IEnumerable<string> values)
        {
            var array = new JsonArray();
            foreach (var value in values)
            {
                array.Add(JsonValue.Create(value));
            }

            return array;
        }

        /// <summary>The text without diacritics (José → Jose), as English-language records often have it.</summary>
        private static string Plain(string text)
        {
            var decomposed = text.Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }
    }
}
