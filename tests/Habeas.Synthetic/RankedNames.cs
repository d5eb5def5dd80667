using System.Text;

namespace Habeas.Synthetic;

/// <summary>
/// Names listed most frequent first, drawn with a Zipf–Mandelbrot weight 1 / (rank + offset)^exponent, so that the
/// head of the list (García, Hernández, José, María) crowds blocks the way it does in real lists.
/// </summary>
internal sealed class RankedNames
{
    private readonly string[] _names;
    private readonly string[] _folded;
    private readonly double[] _cumulative;

    public RankedNames(string list, double exponent, double offset)
    {
        _names = list.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        _folded = new string[_names.Length];
        _cumulative = new double[_names.Length];
        var total = 0.0;
        for (var i = 0; i < _names.Length; i++)
        {
            _folded[i] = Diacritics.Fold(_names[i]);
            total += 1.0 / Math.Pow(i + 1 + offset, exponent);
            _cumulative[i] = total;
        }
    }

    public int Count => _names.Length;

    public IReadOnlyList<string> All => _names;

    public string this[int index] => _names[index];

    public string Folded(int index) => _folded[index];

    /// <summary>The index of a name drawn by weight (inverse CDF by binary search).</summary>
    public int Draw(ref SeededRandom random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        int lo = 0, hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>A drawn name, without accents when <paramref name="folded"/> (the person writes it in ASCII).</summary>
    public string DrawName(ref SeededRandom random, bool folded)
    {
        var i = Draw(ref random);
        return folded ? _folded[i] : _names[i];
    }

    public override string ToString() => new StringBuilder().AppendJoin(", ", _names.Take(5)).ToString();
}
