using System.Text.RegularExpressions;

namespace StaticChronicle.Site.Anniversary;

/// <summary>
/// Whether an article reports an agreement signed: one sentence of its text says something was signed ("signed",
/// "inked", "witnessed the signing", "a signing ceremony"; not "will sign", "to be signed" or "accelerate the signing
/// of") and names an agreement, memorandum (of understanding), MoU, accord, treaty or cooperation document. The page counts articles
/// that report one, not the agreements themselves: "signed 13 documents" and "signed an MoU" weigh the same.
/// </summary>
public static partial class AgreementSigning
{
    [GeneratedRegex(@"\b(?:signed|inked|witness(?:ed|ing)? the signing|signing ceremon(?:y|ies))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|accords?|treat(?:y|ies)|cooperation documents?|deals?|letters? of intent|contracts?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    // A signing that has not happened is not one signed: "will sign", "plan to sign", "are expected to sign".
    [GeneratedRegex(@"\b(?:will|would|to|shall|should|could|may|be|soon)\s+(?:be\s+)?(?:sign(?:ed)?|inked)\b|\b(?:accelerate|speed up|push|promote|prepare|towards?|soon|with) the signing\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>The first sentence of <paramref name="text"/> that reports a signing, or null.</summary>
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Signed().IsMatch(text))
        {
            return null;
        }

        foreach (var sentence in SentenceBreak().Split(text))
        {
            if (Signed().IsMatch(sentence) && Agreement().IsMatch(sentence) && !NotYet().IsMatch(sentence))
            {
                return sentence.Trim();
            }
        }

        return null;
    }
}
