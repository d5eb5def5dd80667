using Habeas.Core.Audit;

namespace Habeas.Core.Screening;

/// <summary>
/// One manifest row's verdict (DESIGN.md: row, input, person, candidates, verdict, findings): <c>block</c>, <c>flag</c>,
/// <c>pass</c>, or <c>unknown</c> when no registry person matched — an unknown person is never a silent pass.
/// <see cref="Person"/> is set when exactly one candidate matched; with several, each is judged and the worst verdict stands.
/// </summary>
public sealed record ScreeningRow(
    int Row, int Line, string Name, IReadOnlyDictionary<string, string> Input, string? Person, IReadOnlyList<Candidate> Candidates, string Verdict,
    IReadOnlyList<FindingView> Findings);
