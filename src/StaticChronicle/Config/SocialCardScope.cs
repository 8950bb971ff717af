namespace StaticChronicle.Config;

/// <summary>
/// Which pages get a social card of their own (<c>social_cards:</c> in site-config.yml). A card is some 12–20 KB, so by
/// default articles share the site's card: a chronicle of tens of thousands of articles must still fit GitHub Pages' 1 GB.
/// </summary>
public enum SocialCardScope
{
    /// <summary>Every page with its own title, articles included: one more PNG per article.</summary>
    Pages,

    /// <summary>Every page but the articles, which share the site's card (the default).</summary>
    Sections,

    /// <summary>One card, the site's, for every page.</summary>
    Site,
}
