namespace Habeas.Synthetic;

/// <summary>How often each corruption was applied to the records of one list, and to how many it could have been.</summary>
public sealed class CorruptionTally
{
    private static readonly int Kinds = Enum.GetValues<CorruptionKind>().Length;

    private readonly long[] _applied = new long[Kinds];
    private readonly long[] _eligible = new long[Kinds];

    /// <summary>Records written.</summary>
    public long Records { get; private set; }

    /// <summary>Records that had this corruption.</summary>
    public long Applied(CorruptionKind kind) => _applied[(int)kind];

    /// <summary>Records this corruption could have applied to; <see cref="Applied"/> / this is near the configured rate.</summary>
    public long Eligible(CorruptionKind kind) => _eligible[(int)kind];

    /// <summary>The observed rate among eligible records, or 0 when none was eligible.</summary>
    public double ObservedRate(CorruptionKind kind) => Eligible(kind) == 0 ? 0 : (double)Applied(kind) / Eligible(kind);

    internal void CountRecord() => Records++;

    internal void Count(CorruptionKind kind, bool applied)
    {
        _eligible[(int)kind]++;
        if (applied)
        {
            _applied[(int)kind]++;
        }
    }
}
