using System.Text;

namespace Habeas.Matching.Tests.Synthetic;

/// <summary>
/// An RFC 4180 reader that refuses anything the RFC does not allow (a bare LF, a quote inside an unquoted field,
/// text after a closing quote, a missing final CRLF), so that a test passing on it means the file is valid.
/// </summary>
internal static class StrictCsv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"Unterminated quoted field in record {records.Count + 1}.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field in record {records.Count + 1}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i += 2;
                records.Add([.. fields]);
                fields.Clear();
                continue;
            }

            throw new FormatException($"Record {records.Count + 1} does not end with CRLF at offset {i}.");
        }

        return records;
    }
}
