using Habeas.Matching.Normalisation;

namespace Habeas.Matching.Tests;

public sealed class PersonNameTests
{
    [Fact]
    public void Parse_SurnameCommaGiven_PutsSurnamesFirst()
    {
        var name = PersonName.Parse("PÉREZ-MARTÍNEZ, José");

        Assert.Equal(["JOSE"], name.Given);
        Assert.Equal(["PEREZ", "MARTINEZ"], name.Surnames);
    }
}
