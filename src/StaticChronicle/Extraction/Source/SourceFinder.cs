using System.Globalization;
using System.Text.RegularExpressions;
using StaticChronicle.Content;

namespace StaticChronicle.Extraction.Source;

/// <summary>
/// Where a pasted article comes from: the agency in its dateline ("SEOUL, Dec. 5 (Yonhap)", "HANOI (VNA)"), its
/// sign-off ("— VNA/VNS", "/VNA"), a "Source:" line or a photo credit; the first web address in the paste; and
/// the publication date from the header or dateline lines the body extractor set aside.
/// </summary>
public static partial class SourceFinder
{
    private static readonly (string Tag, string Publisher)[] Publishers =
    [
        ("VNA", "VNA"), ("VNS", "Viet Nam News"), ("VGP", "VGP"), ("Yonhap", "Yonhap"), ("Xinhua", "Xinhua"), ("Kyodo", "Kyodo"),
        ("NHK", "NHK"), ("AFP", "AFP"), ("Reuters", "Reuters"), ("AP", "AP"), ("Bernama", "Bernama"), ("Jiji", "Jiji Press"),
        ("Nikkei", "Nikkei"), ("KBS", "KBS"), ("VOV", "VOV"), ("VTV", "VTV"), ("Nhan Dan", "Nhan Dan"), ("Tuoi Tre", "Tuoi Tre"),
        ("VnExpress", "VnExpress"), ("Vietnamplus", "VietnamPlus"), ("VietnamPlus", "VietnamPlus"), ("Hanoi Times", "Hanoi Times"),
        ("Korea Herald", "The Korea Herald"), ("Korea Times", "The Korea Times"), ("Japan Times", "The Japan Times"),
    ];

    [GeneratedRegex(@"\((?<tag>[A-Z][A-Za-z]{1,15})(?:/[A-Z]{2,5})?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:[—–-]{1,2}\s*|/)(?<tag>[A-Z][A-Za-z]{1,15})(?:/[A-Z]{2,5})?\s*(?:/\.)?\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"\b(?:Source|Photo|Photo credit)\s*:\s*(?<tag>[A-Z][A-Za-z ]{1,20}?)\s*(?:[)\].,;]|$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Credit();

    [GeneratedRegex(@"https?://[^\s<>""')\]]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b|(?<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<dd>\d{1,2}),\s*(?<yy>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex MetaDate();

    /// <param name="raw">The seed's text as pasted.</param>
    /// <param name="rawLede">The lede as pasted, dateline included.</param>
    /// <param name="metaLines">Header and dateline lines kept apart from the body.</param>
    public static ArticleSource Find(string raw, string? rawLede, IEnumerable<string> metaLines)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(metaLines);
        var publisher = FromDateline(rawLede) ?? FromSignOff(raw) ?? FromCredit(raw);
        var url = Url().Match(raw) is { Success: true } u && !IsImage(u.Value) ? u.Value.TrimEnd('.', ',') : null;
        DateOnly? published = null;
        foreach (var line in metaLines)
        {
            if (Date(line) is { } date)
            {
                published = date;
                break;
            }
        }

        return new ArticleSource(publisher, url, published);
    }

    private static string? FromDateline(string? lede)
    {
        if (lede is null)
        {
            return null;
        }

        var head = lede.Length > 80 ? lede[..80] : lede;
        foreach (Match m in Bracketed().Matches(head))
        {
            if (Known(m.Groups["tag"].Value) is { } publisher)
            {
                return publisher;
            }
        }

        return null;
    }

    private static string? FromSignOff(string raw)
    {
        foreach (Match m in SignOff().Matches(raw))
        {
            if (Known(m.Groups["tag"].Value) is { } publisher)
            {
                return publisher;
            }
        }

        return null;
    }

    private static string? FromCredit(string raw)
    {
        foreach (Match m in Credit().Matches(raw))
        {
            if (Known(m.Groups["tag"].Value.Trim()) is { } publisher)
            {
                return publisher;
            }
        }

        return null;
    }

    private static string? Known(string tag) =>
        Publishers.FirstOrDefault(p => string.Equals(p.Tag, tag, StringComparison.OrdinalIgnoreCase)).Publisher;

    private static bool IsImage(string url) =>
        url.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || url.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
        || url.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) || url.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);

    private static DateOnly? Date(string line)
    {
        var m = MetaDate().Match(line);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["y"].Success)
        {
            return DateOnly.TryParseExact($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        var month = Array.IndexOf(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], m.Groups["mn"].Value) + 1;
        var day = int.Parse(m.Groups["dd"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
