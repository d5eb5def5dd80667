using System.Data.Common;
using Habeas.Core.Store;
using Habeas.Ledger;

namespace Habeas.Core.Ledger;

/// <summary>Signed checkpoints (C2SP tlog-checkpoint in a C2SP signed note), all kept, one per tree size.</summary>
public static class Checkpoints
{
    public static string Sign(NoteSigner signer, string origin, long size, byte[] root)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return SignedNote.Sign(new Checkpoint(origin, size, root, []).Body, signer);
    }

    /// <summary>Stores a checkpoint unless one of that size exists (Ed25519 signatures are deterministic: it would be the same note).</summary>
    internal static void Store(DbTransaction transaction, long size, string note, long signedAt)
    {
        using var insert = new Statement(transaction.Connection!, transaction,
            "INSERT INTO checkpoints (tree_size, note, signed_at) VALUES (@s, @n, @at) ON CONFLICT (tree_size) DO NOTHING",
            Sql.Long("@s"), Sql.Text("@n"), Sql.Long("@at"));
        insert.Execute(size, note, signedAt);
    }
}
