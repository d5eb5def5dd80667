namespace Habeas.Core.Ledger;

/// <summary>
/// What <c>habeas verify</c> found: whether every check held, how many events were checked, the first sequence
/// number that is wrong (when the fault can be placed), and a sentence saying what is wrong or what holds.
/// </summary>
public sealed record VerifyResult(bool Holds, long Events, long? FirstBadSequence, string Message, long CheckpointSize, string? Root);
