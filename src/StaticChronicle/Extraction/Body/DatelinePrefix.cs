using System.Text.RegularExpressions;

namespace StaticChronicle.Extraction.Body;

/// <summary>The dateline news agencies put before the lede ("HANOI (VNA) –", "VIETNAM, September 12 - TOKYO —"), which is not part of the story's sentence.</summary>
public static partial class DatelinePrefix
{
    private const string Place = @"[\p{Lu}][\p{L}'’.]*(?:\s[\p{Lu}][\p{L}'’.]*){0,3}";
    private const string DayMonth = @"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?)(?:,\s*\d{4})?)";
    private const string Agency = @"\s*\((?:[A-Z][A-Za-z/]{1,15})\)";
    private const string Dash = @"\s*(?:--|[-–—])\s+";

    // A place followed by a date, an agency in brackets, or a second all-caps place, then a dash.
    [GeneratedRegex(@"^\s*" + Place + "(?:" + DayMonth + "(?:" + Agency + ")?|" + Agency + ")" + "(?:" + Dash + @"[\p{Lu}][\p{Lu}\s]{1,30}?)?" + Dash,
        RegexOptions.CultureInvariant)]
    private static partial Regex WithDateOrAgency();

    [GeneratedRegex(@"^\s*[\p{Lu}][\p{Lu}\s.'’]{1,30}?" + Dash + "(?=[\\p{Lu}\\d\"“])", RegexOptions.CultureInvariant)]
    private static partial Regex AllCapsPlace();

    // "(Xinhua) In a move …", "(Yonhap) -- …": the agency tag alone opens the lede.
    [GeneratedRegex(@"^\s*\([A-Z][A-Za-z/]{1,15}\)\s*(?:(?:--|[-–—])\s*)?(?=[\p{Lu}\d""“])", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyOnly();

    // "TOKYO, Jan 9, 2024, Kyodo News. Japanese …": a dateline ending in the agency's name and a full stop.
    [GeneratedRegex(@"^\s*[\p{Lu}][\p{Lu}\s]{1,30},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?,\s*[A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2}\.\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WithAgencySentence();

    /// <summary>Length of the dateline at the start of <paramref name="paragraph"/>, or 0 when there is none.</summary>
    public static int Length(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentence = WithAgencySentence().Match(paragraph);
        if (sentence.Success)
        {
            return sentence.Length;
        }

        var agency = AgencyOnly().Match(paragraph);
        if (agency.Success)
        {
            return agency.Length;
        }

        var m = WithDateOrAgency().Match(paragraph);
        if (m.Success)
        {
            return m.Length;
        }

        m = AllCapsPlace().Match(paragraph);
        return m.Success ? m.Length : 0;
    }

    /// <summary>The paragraph without its dateline.</summary>
    public static string Strip(string paragraph) => paragraph[Length(paragraph)..];

    /// <summary>
    /// Where the lede's own sentence starts: after a dateline, a list number ("1. "), or the broken-off
    /// clause a paste that starts mid-sentence begins with ("the reception, Ambassador …").
    /// </summary>
    public static string StartOfStory(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = Strip(paragraph);
        var number = ListNumber().Match(text);
        if (number.Success)
        {
            text = text[number.Length..];
        }

        if (text.Length > 0 && char.IsLower(text[0]))
        {
            var comma = text.IndexOf(", ", StringComparison.Ordinal);
            var stop = text.IndexOfAny(['.', '!', '?']);
            if (comma > 0 && comma < 60 && (stop < 0 || comma < stop) && comma + 2 < text.Length && char.IsUpper(text[comma + 2]))
            {
                text = text[(comma + 2)..];
            }
        }

        return text;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();
}
