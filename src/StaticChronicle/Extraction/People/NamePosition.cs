using StaticChronicle.Extraction.Body;
using StaticChronicle.Seeds;

namespace StaticChronicle.Extraction.People;

/// <summary>Where in the seed file a person is first named, so a message about them points at the name.</summary>
public static class NamePosition
{
    /// <summary>
    /// 1-based line and column of the first span naming <paramref name="personId"/>, looked up in the seed's own lines
    /// (a paragraph's text may be cleaned up from them); the paragraph's line with column 0 when the name is not found as written.
    /// </summary>
    /// <param name="texts">The texts the finder searched: the title (or ""), then each paragraph.</param>
    public static (int Line, int Column)? Find(Seed seed, ArticleText text, IReadOnlyList<string> texts, PeopleFindings found, string personId)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(found);
        var span = found.Spans.FirstOrDefault(s => s.PersonId == personId);
        if (span is null || span.TextIndex >= texts.Count)
        {
            return null;
        }

        int? startLine = span.TextIndex == 0 ? text.Title?.Line : text.Paragraphs[span.TextIndex - 1].Line;
        if (startLine is not { } first)
        {
            return null;
        }

        var name = texts[span.TextIndex][span.Start..span.End];
        var lines = seed.Text.Split('\n');
        for (var line = first; line - seed.FirstTextLine < lines.Length; line++)
        {
            var index = line - seed.FirstTextLine;
            if (index < 0)
            {
                continue;
            }

            var column = lines[index].IndexOf(name, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (line, column + 1);
            }

            // A paragraph ends at a blank line: a name not found by then was rewritten, so the paragraph's line is the answer.
            if (line > first && lines[index].Trim().Length == 0)
            {
                break;
            }
        }

        return (first, 0);
    }
}
