namespace Habeas.Matching.Comparison;

/// <summary>
/// How far apart two identifying numbers are: 0 equal, 1 one edit (one digit wrong, or two adjacent digits swapped),
/// 2 anything else. A distance of 1 alone proves nothing: siblings are often given consecutive A-numbers.
/// </summary>
public static class IdDistance
{
    /// <summary>0, 1 or 2 as above; numbers of different lengths are 2.</summary>
    public static int Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length)
        {
            return 2;
        }

        var first = -1;
        var second = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
            else if (second < 0)
            {
                second = i;
            }
            else
            {
                return 2;
            }
        }

        if (first < 0)
        {
            return 0;
        }

        if (second < 0)
        {
            return 1;
        }

        return second == first + 1 && a[first] == b[second] && a[second] == b[first] ? 1 : 2;
    }
}
