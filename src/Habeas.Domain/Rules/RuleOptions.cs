namespace Habeas.Domain.Rules;

/// <summary>The rules' configurable intervals, each with the authority for its default (docs/rules.md).</summary>
public sealed record RuleOptions
{
    /// <summary>
    /// How long before a removal under the Alien Enemies Act the notice must be served so that the person can seek
    /// habeas. Default 21 days; A.A.R.P. v. Trump, 605 U.S. ___ (2025), held about 24 hours insufficient.
    /// </summary>
    public TimeSpan AeaNoticeInterval { get; init; } = TimeSpan.FromDays(21);

    /// <summary>How long a person removed to a facility abroad may go without a custody record before being flagged.</summary>
    public TimeSpan UnaccountedAfter { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long a minor may be held in immigration custody before being flagged (Flores: 20 days).</summary>
    public TimeSpan MinorCustodyLimit { get; init; } = TimeSpan.FromDays(20);

    public static RuleOptions Default { get; } = new();
}
