using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Habeas.Core.Recording;
using Habeas.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace Habeas.Core.Maintenance;

/// <summary>
/// A SHA-256 over a canonical dump of every projection table: for each table in a fixed order, its name, then
/// each row ordered by primary key (byte order of UTF-8, the same on both engines) as a JSON array of its
/// columns in model order. Equal digests mean equal query state; <c>habeas rebuild</c> and an export imported
/// into an empty registry must reproduce it. Transaction times and who recorded what live in the event table,
/// not in projections, so they do not enter the digest.
/// </summary>
public static class StateDigest
{
    public static async Task<string> ComputeAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        var postgres = db.Database.IsNpgsql();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var table in Projector.Tables)
        {
            var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table);
            var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToArray();
            var keys = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName() + (p.ClrType == typeof(string) && postgres ? " COLLATE \"C\"" : string.Empty));
            sha.AppendData(Encoding.UTF8.GetBytes(table + "\n"));
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {table} ORDER BY {string.Join(", ", keys)}";
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                line.Clear().Append('[');
                for (var i = 0; i < columns.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    Append(line, reader, i);
                }

                line.Append("]\n");
                sha.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Quote(string column) => column == "case" ? "\"case\"" : column;

    private static void Append(StringBuilder line, DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            line.Append("null");
            return;
        }

        switch (reader.GetValue(i))
        {
            case string s:
                line.Append(System.Text.Json.JsonSerializer.Serialize(s));
                break;
            case bool b:
                // SQLite stores booleans as 0/1 integers; written the same way for both engines.
                line.Append(b ? '1' : '0');
                break;
            case var v:
                line.Append(Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
        }
    }
}
