namespace Habeas.Cli;

/// <summary>The exit codes of DESIGN.md: 0 success, 1 the answer is negative, 2 bad input or usage.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Negative = 1;
    public const int BadInput = 2;
}
