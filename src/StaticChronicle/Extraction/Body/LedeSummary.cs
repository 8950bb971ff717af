using System.Text.RegularExpressions;

namespace StaticChronicle.Extraction.Body;

/// <summary>The article's summary: its lede without the dateline, whole sentences up to a length a listing can show.</summary>
public static partial class LedeSummary
{
    public const int MaxLength = 300;

    [GeneratedRegex(@"(?<=[\p{Ll}\d)”""’%][.!?])\s+(?=[\p{Lu}\d“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    public static string From(string lede)
    {
        ArgumentNullException.ThrowIfNull(lede);
        var text = DatelinePrefix.StartOfStory(lede).Trim();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var summary = "";
        foreach (var sentence in SentenceBreak().Split(text))
        {
            var next = summary.Length == 0 ? sentence : summary + " " + sentence;
            if (next.Length > MaxLength)
            {
                break;
            }

            summary = next;
        }

        if (summary.Length > 0)
        {
            return summary;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 0 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
