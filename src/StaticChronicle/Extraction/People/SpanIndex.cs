namespace StaticChronicle.Extraction.People;

/// <summary>
/// The person spans of an article in text order, found by binary search: "which names stand in this sentence"
/// asked once per sentence would otherwise scan every name, and a long article would cost its length squared.
/// </summary>
public sealed class SpanIndex
{
    private readonly PersonSpan[] _spans;

    public SpanIndex(IEnumerable<PersonSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        _spans = [.. spans.OrderBy(s => s.TextIndex).ThenBy(s => s.Start)];
    }

    /// <summary>The spans of text <paramref name="textIndex"/> that start in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlySpan<PersonSpan> StartingIn(int textIndex, int start, int end)
    {
        var from = FirstAtOrAfter(textIndex, start);
        var to = FirstAtOrAfter(textIndex, end);
        return _spans.AsSpan(from, Math.Max(0, to - from));
    }

    /// <summary>The end of the last span of text <paramref name="textIndex"/> that ends at or before <paramref name="position"/>, or 0.</summary>
    public int LastEndAtOrBefore(int textIndex, int position)
    {
        var best = 0;
        // Spans do not nest, so walking back from the last one starting before the position finds it at once.
        for (var i = FirstAtOrAfter(textIndex, position) - 1; i >= 0 && _spans[i].TextIndex == textIndex; i--)
        {
            if (_spans[i].End <= position)
            {
                best = Math.Max(best, _spans[i].End);
                break;
            }
        }

        return best;
    }

    private int FirstAtOrAfter(int textIndex, int start)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _spans[mid];
            if (s.TextIndex < textIndex || (s.TextIndex == textIndex && s.Start < start))
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
}
