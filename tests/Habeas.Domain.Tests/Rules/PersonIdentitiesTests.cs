using Habeas.Domain.Rules;

namespace Habeas.Domain.Tests.Rules;

/// <summary>Issue #5: which ids are one person after merges.</summary>
public sealed class PersonIdentitiesTests
{
    private static PersonIdentities Merged() => new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["P-9"] = "P-1",
        ["HP-12"] = "P-1",
    });

    [Fact]
    public void Canonical_OfAMergedId_IsTheSurvivor_AndOfAnyOtherIdItself()
    {
        var identities = Merged();

        Assert.Equal("P-1", identities.Canonical("P-9"));
        Assert.Equal("P-1", identities.Canonical("P-1"));
        Assert.Equal("P-5", identities.Canonical("P-5"));
        Assert.True(identities.Same("P-9", "HP-12"));
        Assert.False(identities.Same("P-9", "P-5"));
    }

    [Fact]
    public void AllIdsOf_AnyIdOfThePerson_GivesTheSurvivorFirstThenTheMergedIdsInOrder()
    {
        Assert.Equal(["P-1", "HP-12", "P-9"], Merged().AllIdsOf("P-9"));
        Assert.Equal(["P-5"], Merged().AllIdsOf("P-5"));
    }

    [Fact]
    public void New_AChainOfMerges_IsRefusedWithWhatToGiveInstead()
    {
        var chain = new Dictionary<string, string>(StringComparer.Ordinal) { ["P-9"] = "P-7", ["P-7"] = "P-1" };

        var error = Assert.Throws<ArgumentException>(() => new PersonIdentities(chain));

        Assert.Contains("give the last one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameAs_ComparesWhoIsMergedIntoWhom()
    {
        Assert.True(Merged().SameAs(Merged()));
        Assert.False(Merged().SameAs(PersonIdentities.None));
    }
}
