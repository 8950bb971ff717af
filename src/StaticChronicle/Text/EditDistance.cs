namespace StaticChronicle.Text;

/// <summary>How many one-letter edits (insert, delete, replace, swap of neighbours) turn one text into another; for "did you mean".</summary>
public static class EditDistance
{
    /// <summary>Optimal string alignment distance: a swapped pair ("Fumoi" for "Fumio") counts as one edit.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // One flat table, row i at i * width: the swap rule looks two rows back.
        var width = b.Length + 1;
        var d = new int[(a.Length + 1) * width];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i * width] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[((i - 1) * width) + j] + 1, d[(i * width) + j - 1] + 1), d[((i - 1) * width) + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[((i - 2) * width) + j - 2] + 1);
                }

                d[(i * width) + j] = best;
            }
        }

        return d[d.Length - 1];
    }

    /// <summary>
    /// The candidate one or two edits away from <paramref name="value"/> (one for short words, where two edits make
    /// another word), the nearest first and, among equals, the first given; null when none is that close or one is equal.
    /// </summary>
    public static T? Closest<T>(string value, IEnumerable<T> candidates, Func<T, string> key)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(key);
        var limit = value.Length >= 8 ? 2 : value.Length >= 4 ? 1 : 0;
        T? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var text = key(candidate);
            if (Math.Abs(text.Length - value.Length) > limit)
            {
                continue;
            }

            var distance = AtMost(value, text, limit);
            if (distance == 0)
            {
                return null;
            }

            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// <see cref="Between"/> when it is at most <paramref name="limit"/>, else limit + 1: three rows on the stack and a
    /// stop at the first row past the limit, because "did you mean" asks it of every registry name for each unknown one.
    /// </summary>
    private static int AtMost(string a, string b, int limit)
    {
        if (b.Length > 128)
        {
            return Math.Min(Between(a, b), limit + 1);
        }

        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var twoBack = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = best;
                rowBest = Math.Min(rowBest, best);
            }

            // A later row never holds less than the smallest cell of this one.
            if (rowBest > limit)
            {
                return limit + 1;
            }

            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
