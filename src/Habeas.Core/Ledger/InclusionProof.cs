namespace Habeas.Core.Ledger;

/// <summary>The JSON of <c>habeas proof inclusion</c> (DESIGN.md): hashes in standard base64.</summary>
public sealed record InclusionProof(long LeafIndex, long TreeSize, string LeafHash, string Root, IReadOnlyList<string> Proof);
