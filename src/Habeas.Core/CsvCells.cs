namespace Habeas.Core;

/// <summary>Cells written to CSV that a person will open in a spreadsheet.</summary>
public static class CsvCells
{
    /// <summary>A cell a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP CSV injection).</summary>
    public static string Safe(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
