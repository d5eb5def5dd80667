using Habeas.Domain.Rules;

namespace Habeas.Domain.Tests.Rules;

/// <summary>Checks every part of a finding a lawyer or an auditor reads.</summary>
internal static class FindingAssert
{
    /// <summary>The single finding of <paramref name="findings"/>, checked: rule, severity, person, subject, facts cited in order, citations present.</summary>
    public static Finding Single(
        IEnumerable<Finding> findings, string rule, Severity severity, string person, string subject, string[] facts, bool uncertain = false)
    {
        var f = Assert.Single(findings);
        Is(f, rule, severity, person, subject, facts, uncertain);
        return f;
    }

    public static void Is(Finding f, string rule, Severity severity, string person, string subject, string[] facts, bool uncertain = false)
    {
        Assert.Equal(rule, f.Rule);
        Assert.Equal(severity, f.Severity);
        Assert.Equal(person, f.Person);
        Assert.Equal(subject, f.Subject);
        Assert.Equal(facts, f.Facts);
        Assert.NotEmpty(f.Citations);
        Assert.All(f.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        Assert.Equal(uncertain, f.Uncertain);
        Assert.False(string.IsNullOrWhiteSpace(f.Reason));
        Assert.Equal(uncertain, f.Reason.Contains("doubt is resolved in favour of the protection", StringComparison.Ordinal));
    }
}
