using System.Reflection;
using Habeas.Domain.Events;

namespace Habeas.Domain.Tests;

/// <summary>The conventions of STYLE.md, checked by tests rather than by review.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(RegistryEvent).Assembly;

    [Theory]
    [InlineData("Habeas.Domain")]
    [InlineData("Habeas.Ledger", "NSec.Cryptography")]
    [InlineData("Habeas.Matching")]
    public void PureProject_ReferencesNothingButTheBcl(string name, string? allowed = null)
    {
        var assembly = Assembly.Load(name);

        // The ledger signs with Ed25519, which the BCL lacks: NSec (libsodium) is its one allowed dependency.
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib" && n != allowed);

        Assert.Empty(references);
    }

    [Fact]
    public void Core_DoesNotReferenceWebOrCli()
    {
        var references = Assembly.Load("Habeas.Core").GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain("Habeas.Web", references);
        Assert.DoesNotContain("habeas", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void DomainTypes_AreSealedOrAbstractOrStatic_AndHaveNoPublicSetters()
    {
        var offenders = new List<string>();
        foreach (var type in Domain.GetExportedTypes().Where(t => t.IsClass))
        {
            if (!type.IsSealed && !type.IsAbstract)
            {
                offenders.Add($"{type.Name} is not sealed");
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true;
                if (setter is { IsPublic: true } && !initOnly)
                {
                    offenders.Add($"{type.Name}.{property.Name} has a public setter");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryEventType_HasARecordNamedInThePastTense()
    {
        var records = Domain.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(RegistryEvent))).ToArray();

        Assert.Equal(EventReader.Types.Count(), records.Length);
        Assert.All(records, r => Assert.Matches("(ed|Began|Over|Split)$", r.Name));
    }
}
