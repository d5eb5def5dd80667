using Habeas.Domain.Rules;

namespace Habeas.Core.Audit;

/// <summary>
/// The events about no one person (facilities, orders, class-wide instruments, requests and decisions), parsed, and
/// the last sequence read: what every gate decision in one append session needs again, read once and then only what
/// is newer (the <c>(person_id, sequence)</c> index serves <c>person_id IS NULL AND sequence &gt; n</c>).
/// </summary>
internal sealed class PersonlessFacts
{
    private readonly List<RecordedFact> _facts = [];

    public IReadOnlyList<RecordedFact> Facts => _facts;

    /// <summary>The last sequence read (0: none yet).</summary>
    public long ReadUpTo { get; private set; }

    public void Add(IEnumerable<RecordedFact> facts, long readUpTo)
    {
        _facts.AddRange(facts);
        ReadUpTo = readUpTo;
    }

    /// <summary>Forgets everything (an erasure changed what was read).</summary>
    public void Clear()
    {
        _facts.Clear();
        ReadUpTo = 0;
    }
}
