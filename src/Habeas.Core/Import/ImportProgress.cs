namespace Habeas.Core.Import;

/// <summary>How far an import has read: <paramref name="Line"/> of the file's <paramref name="Lines"/>.</summary>
public sealed record ImportProgress(int Line, int Lines);
