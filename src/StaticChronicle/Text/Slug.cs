using System.Text;

namespace StaticChronicle.Text;

/// <summary>URL path segments made from free text: lowercase ASCII words joined by '-', nothing that can climb out of a folder.</summary>
public static class Slug
{
    /// <summary>Makes a slug of at most <paramref name="maxLength"/> characters, cut at a word boundary.</summary>
    public static string From(string text, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = AsciiFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                // Apostrophes join ("Japan's" → "japans"); everything else separates words.
                pendingDash = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];
        }

        return slug;
    }

    /// <summary>The longest slug or id accepted: a folder name, well below the 255 bytes file systems allow.</summary>
    public const int MaxSafeLength = 120;

    /// <summary>True when <paramref name="slug"/> is a single safe path segment as <see cref="From"/> makes them.</summary>
    public static bool IsSafe(string slug) =>
        !string.IsNullOrEmpty(slug)
        && slug.Length <= MaxSafeLength
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-' && slug[^1] != '-';
}
