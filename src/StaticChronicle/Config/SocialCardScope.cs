namespace StaticChronicle.Config;

/// <summary>
/// Which pages get a social card of their own (<c>social_cards:</c> in site-config.yml). A card is about 40 KB, so a
/// chronicle of tens of thousands of articles that must fit GitHub Pages' 1 GB gives its articles the site's card.
/// </summary>
public enum SocialCardScope
{
    /// <summary>Every page with its own title, articles included (the default).</summary>
    Pages,

    /// <summary>Every page but the articles, which share the site's card.</summary>
    Sections,

    /// <summary>One card, the site's, for every page.</summary>
    Site,
}
