using Habeas.Matching.Records;

namespace Habeas.Matching.Blocking;

/// <summary>
/// The records of one list by blocking key: keys and record positions sorted together, one look-up table from key to
/// its run. Built once; read by many threads.
/// </summary>
internal sealed class BlockIndex
{
    private readonly Dictionary<ulong, (int Start, int Count)> _runs;
    private readonly int[] _records;

    public BlockIndex(IReadOnlyList<PreparedRecord> records)
    {
        // Keys are computed on every core (a record has up to ~20), then laid out flat for one sort.
        var perRecord = new ulong[records.Count][];
        Parallel.For(
            0,
            records.Count,
            () => new List<(ulong Key, BlockingRule Rule)>(),
            (i, _, buffer) =>
            {
                BlockingKeys.Of(records[i], buffer);
                var own = new ulong[buffer.Count];
                for (var k = 0; k < own.Length; k++)
                {
                    own[k] = buffer[k].Key;
                }

                perRecord[i] = own;
                return buffer;
            },
            _ => { });
        var keys = new List<ulong>(perRecord.Sum(k => k.Length));
        var positions = new List<int>(keys.Capacity);
        for (var i = 0; i < perRecord.Length; i++)
        {
            foreach (var key in perRecord[i])
            {
                keys.Add(key);
                positions.Add(i);
            }
        }

        var keyArray = keys.ToArray();
        _records = positions.ToArray();
        Array.Sort(keyArray, _records);
        _runs = new Dictionary<ulong, (int, int)>();
        var start = 0;
        for (var i = 1; i <= keyArray.Length; i++)
        {
            if (i == keyArray.Length || keyArray[i] != keyArray[start])
            {
                _runs[keyArray[start]] = (start, i - start);
                start = i;
            }
        }

        KeyCount = _runs.Count;
    }

    /// <summary>The number of distinct keys.</summary>
    public int KeyCount { get; }

    /// <summary>The positions of the records with <paramref name="key"/> (a record appears once per distinct key it has; a record may repeat when two of its keys collide).</summary>
    public ReadOnlySpan<int> Records(ulong key) =>
        _runs.TryGetValue(key, out var run) ? _records.AsSpan(run.Start, run.Count) : [];
}
