using System.Text;

namespace Habeas.Synthetic;

/// <summary>RFC 4180 fields and records: quoted only when a comma, quote or line break needs it; CRLF between records.</summary>
internal static class Csv
{
    public const string RecordEnd = "\r\n";

    public static StringBuilder Field(this StringBuilder row, string value)
    {
        if (row.Length > 0)
        {
            row.Append(',');
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return row.Append(value);
        }

        row.Append('"');
        foreach (var c in value)
        {
            row.Append(c);
            if (c == '"')
            {
                row.Append('"');
            }
        }

        return row.Append('"');
    }

    public static void WriteRecord(TextWriter writer, StringBuilder row)
    {
        row.Append(RecordEnd);
        writer.Write(row);
        row.Clear();
    }

    public static void WriteHeader(TextWriter writer, string header) => writer.Write(header + RecordEnd);
}
