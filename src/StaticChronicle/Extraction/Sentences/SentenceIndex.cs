namespace StaticChronicle.Extraction.Sentences;

/// <summary>The sentence holding a position, found by binary search rather than by scanning every sentence per name.</summary>
public sealed class SentenceIndex
{
    private readonly ArticleSentence[] _sentences;

    public SentenceIndex(IEnumerable<ArticleSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        _sentences = [.. sentences.OrderBy(s => s.TextIndex).ThenBy(s => s.Start)];
    }

    /// <summary>The sentence of text <paramref name="textIndex"/> that contains <paramref name="offset"/>, or null.</summary>
    public ArticleSentence? At(int textIndex, int offset)
    {
        int lo = 0, hi = _sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _sentences[mid];
            if (s.TextIndex < textIndex || (s.TextIndex == textIndex && s.Start <= offset))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // lo - 1 is the last sentence starting at or before the offset.
        return lo > 0 && _sentences[lo - 1].Contains(textIndex, offset) ? _sentences[lo - 1] : null;
    }
}
