namespace Habeas.Core.Ledger;

/// <summary>The JSON of <c>habeas proof consistency</c> (DESIGN.md): hashes in standard base64.</summary>
public sealed record ConsistencyProof(long Size1, long Size2, string Root1, string Root2, IReadOnlyList<string> Proof);
