using Habeas.Core.Ledger;

namespace Habeas.Core.Store;

/// <summary>One row of the event table, as rebuild, export, verification and tile export read it.</summary>
internal sealed record StoredEvent(long Sequence, string Type, string Payload, string? PersonId, byte[]? Salt, byte[]? StoredCommitment)
{
    /// <summary>The log's commitment: recomputed from salt and content, or the one kept when the content was erased.</summary>
    public byte[]? Commitment() =>
        Salt is not null ? LeafFormat.Commitment(Salt, System.Text.Encoding.UTF8.GetBytes(Payload)) : StoredCommitment;
}
