namespace Habeas.Core.Screening;

/// <summary>The outcomes of a screening the caller must tell apart.</summary>
public abstract record ScreenResult
{
    private ScreenResult()
    {
    }

    /// <summary>Every row judged.</summary>
    public sealed record Screened(ScreeningReport Report) : ScreenResult;

    /// <summary>The manifest or the options are wrong: nothing was judged. Each error names file, line and field, or the option.</summary>
    public sealed record Invalid(IReadOnlyList<string> Errors) : ScreenResult;
}
