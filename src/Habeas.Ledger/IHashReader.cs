namespace Habeas.Ledger;

/// <summary>
/// Reads the stored hash of a perfect subtree of the log (see <see cref="NodeId"/>). The ledger's algorithms
/// need nothing else from storage, so the same code runs over a database, static tiles or memory.
/// </summary>
public interface IHashReader
{
    /// <summary>The 32-byte hash of the perfect subtree <paramref name="node"/>.</summary>
    /// <exception cref="InvalidOperationException">The hash is not stored (the subtree is incomplete or missing); implementations may throw a more specific exception.</exception>
    byte[] Read(NodeId node);
}
